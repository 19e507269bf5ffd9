using Bridge.Routing;

namespace Bridge.Routing.Tests.Navigation;

public sealed class RouterSwitchPathTests
{
    [Fact]
    public void Switching_the_page_on_screen_remounts_it_on_the_chosen_path_in_place()
    {
        var f = new RouterFixture();
        f.Router.Start(PageParams.Of("from", "launcher"));
        f.Host.Page(1).FocusedTestId = "tile-2";
        f.Host.Calls.Clear();

        f.Router.SwitchPath("home", PagePath.Legacy);

        Assert.Equal(["create 2 home Shown", "mount 2 legacy:home", "swap 1 -> 2", "focus 2 tile-2", "unmount 1", "dispose root 1"], f.Host.Calls);
        Assert.Equal(PagePath.Legacy, f.Router.Current!.Path);
        Assert.Equal("launcher", f.Host.Page(2).Params.Get<string>("from"));
        Assert.Single(f.Router.Stack);
        Assert.Empty(f.Router.Rollbacks);
        Assert.False(f.Router.IsRolledBack("home"));

        f.Host.Calls.Clear();
        f.Router.SwitchPath("home", PagePath.Compare);
        Assert.Equal(["create 3 home Shown", "mount 3 native:Home", "create 4 home Shadow", "mount 4 legacy:home", "swap 2 -> 3", "unmount 2", "dispose root 2"],
            f.Host.Calls.Where(c => !c.StartsWith("focus", StringComparison.Ordinal)));
        Assert.Equal(PagePath.Compare, f.Router.Current.Path);
        Assert.NotNull(f.Router.Current.ShadowInstance);
    }

    [Fact]
    public void Switching_to_the_path_the_page_runs_on_changes_nothing()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Host.Calls.Clear();

        f.Router.SwitchPath("home", PagePath.Native);

        Assert.Empty(f.Host.Calls);
    }

    [Fact]
    public void A_covered_page_takes_its_new_path_when_it_comes_back_and_the_choice_holds_for_later_visits()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Router.Navigate("details");
        f.Router.SwitchPath("home", PagePath.Legacy);
        Assert.Equal(PagePath.Native, f.Router.Stack[0].Path);

        f.Router.Back();
        Assert.Equal(PagePath.Legacy, f.Router.Current!.Path);
        f.Router.Navigate("search");
        f.Router.SwitchPath("search", PagePath.Native);
        f.Router.Back();
        f.Router.Navigate("search");
        Assert.Equal(PagePath.Native, f.Router.Current.Path);
        Assert.Equal(PagePath.Native, f.Router.PathOf("search"));
    }

    [Fact]
    public void Can_run_names_what_a_path_is_missing_and_switching_to_it_throws_that()
    {
        var f = new RouterFixture(withLegacy: false, routes:
        [
            new PageRoute("home", "Home", "home", PagePath.Native),
            new PageRoute("search", "Search", null, PagePath.Native),
        ]);
        f.Router.Start();

        Assert.True(f.Router.CanRun("home", PagePath.Native, out _));
        Assert.False(f.Router.CanRun("home", PagePath.Legacy, out var reason));
        Assert.Equal("the app runs no JS engine", reason);
        Assert.False(f.Router.CanRun("search", PagePath.Compare, out reason));
        Assert.Equal("it has no legacy page", reason);
        var e = Assert.Throws<RouteException>(() => f.Router.SwitchPath("home", PagePath.Compare));
        Assert.Equal("page 'home' cannot run on compare: the app runs no JS engine", e.Message);
        Assert.Throws<RouteException>(() => f.Router.CanRun("nowhere", PagePath.Native, out _));
        Assert.Equal(PagePath.Native, f.Router.Current!.Path);

        var g = new RouterFixture();
        g.Host.LegacyPages.Remove("search");
        Assert.False(g.Router.CanRun("search", PagePath.Legacy, out reason));
        Assert.Equal("no bundle registers the legacy page 'search'", reason);
        Assert.False(g.Router.CanRun("details", PagePath.Native, out reason));
        Assert.Equal("it has no native page", reason);
    }

    [Fact]
    public void A_rollback_after_a_switch_still_moves_the_page_to_its_fallback()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Router.SwitchPath("home", PagePath.Compare);

        f.Router.Rollback("home", "budget");

        Assert.Equal(PagePath.Legacy, f.Router.Current!.Path);
        Assert.Equal(PagePath.Legacy, f.Router.PathOf("home"));
    }

    [Fact]
    public void Remount_native_mounts_the_native_page_on_screen_again_in_place_and_covered_ones_when_they_come_back()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Router.Navigate("search");
        f.Host.Calls.Clear();

        Assert.Equal(2, f.Router.RemountNative());

        Assert.Equal(["create 4 search Shown", "mount 4 native:Search", "create 5 search Shadow", "mount 5 legacy:search", "swap 2 -> 4"], f.Host.Calls.Take(5));
        Assert.DoesNotContain(f.Host.Calls, c => c.Contains("Home", StringComparison.Ordinal));
        Assert.Equal(2, f.Router.Stack.Count);
        f.Host.Calls.Clear();
        f.Router.Back();
        Assert.Equal("mount 6 native:Home", f.Host.Calls[1]);
        f.Host.Calls.Clear();
        f.Router.Back();
        f.Router.Navigate("details");
        f.Host.Calls.Clear();

        // A legacy page on screen is not native code: nothing mounts again.
        Assert.Equal(1, f.Router.RemountNative());
        Assert.Empty(f.Host.Calls);
    }
}
