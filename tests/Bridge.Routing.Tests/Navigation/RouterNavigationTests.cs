using Bridge.Routing;

namespace Bridge.Routing.Tests.Navigation;

public sealed class RouterNavigationTests
{
    [Fact]
    public void Navigate_mounts_the_next_page_before_swapping_and_keeps_the_previous_mounted()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Router.Navigate("details", PageParams.Of("id", 7L));

        Assert.Equal(
        [
            "create 1 home Shown", "mount 1 native:Home", "swap - -> 1",
            "create 2 details Shown", "mount 2 legacy:details", "swap 1 -> 2",
        ], f.Host.Calls);
        Assert.Equal(2, f.Router.Stack.Count);
        Assert.False(f.Host.Page(1).Disposed);
        Assert.Equal(7L, f.Host.Page(2).Params.Get<long>("id"));
        Assert.Equal(PagePath.Legacy, f.Router.Current!.Path);
    }

    [Fact]
    public void Back_swaps_before_unmounting_and_restores_saved_focus()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Host.Page(1).FocusedTestId = "tile-2";
        f.Router.Navigate("details");
        f.Host.Page(1).FocusedTestId = null; // the engine's focus moved to the details page
        f.Host.Calls.Clear();

        Assert.True(f.Router.Back());

        Assert.Equal(["swap 2 -> 1", "focus 1 tile-2", "unmount 2", "dispose root 2"], f.Host.Calls);
        Assert.Equal("tile-2", f.Host.Page(1).FocusedTestId);
        Assert.Equal(1L, f.Host.VisibleRoot);
        Assert.Equal("home", f.Router.Current!.Page);
    }

    [Fact]
    public void Back_delivers_the_result_to_the_page_below()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Router.Navigate("details");
        var result = PageParams.Of("picked", "tile-3");

        f.Router.Back(result);

        Assert.Same(result, Assert.Single(f.Host.Page(1).Results));
    }

    [Fact]
    public void Back_still_unmounts_the_popped_page_when_the_page_below_throws_on_its_result()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Router.Navigate("details");
        f.Host.Page(1).ThrowOnResult = true;

        Assert.Throws<InvalidOperationException>(() => f.Router.Back(PageParams.Of("x", 1L)));

        Assert.True(f.Host.Page(2).Disposed);
        Assert.Single(f.Router.Stack);
        f.Router.Navigate("details");
        Assert.Equal(2, f.Router.Stack.Count);
    }

    [Fact]
    public void Back_at_the_bottom_of_the_stack_returns_false_and_changes_nothing()
    {
        var f = new RouterFixture();
        f.Router.Start();
        var calls = f.Host.Calls.Count;

        Assert.False(f.Router.Back());
        Assert.Equal(calls, f.Host.Calls.Count);
    }

    [Fact]
    public void Compare_path_shows_native_and_mounts_legacy_in_the_shadow()
    {
        var f = new RouterFixture();
        f.Router.Navigate("search");

        Assert.Equal(
            ["create 1 search Shown", "mount 1 native:Search", "create 2 search Shadow", "mount 2 legacy:search", "swap - -> 1"],
            f.Host.Calls);
        var entry = f.Router.Current!;
        Assert.Equal(PagePath.Compare, entry.Path);
        Assert.Equal(PageRole.Shadow, f.Host.Page(2).Context.Role);
        Assert.Equal(PagePath.Native, entry.ShownPath);
    }

    [Fact]
    public void Shadow_page_navigation_is_ignored()
    {
        var f = new RouterFixture();
        f.Router.Navigate("search");
        var shadow = f.Host.Page(2).Context.Navigator;

        shadow.Navigate("details");

        Assert.Single(f.Router.Stack);
        Assert.False(shadow.Back());
    }

    [Fact]
    public void Dispose_unmounts_every_page_top_first_including_shadows()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Router.Navigate("search");
        f.Host.Calls.Clear();

        f.Router.Dispose();

        Assert.Equal(["unmount 3", "dispose root 3", "unmount 2", "dispose root 2", "unmount 1", "dispose root 1"], f.Host.Calls);
        Assert.All(f.Host.Pages, p => Assert.True(p.Disposed));
        Assert.Throws<ObjectDisposedException>(() => f.Router.Navigate("home"));
    }

    [Fact]
    public void Navigation_requested_while_mounting_runs_after_the_current_one()
    {
        RouterFixture? f = null;
        var redirected = false;
        f = new RouterFixture(onHomeMount: context =>
        {
            if (!redirected)
            {
                redirected = true;
                context.Navigator.Navigate("details");
            }
        });

        f.Router.Start();

        Assert.Equal(["home", "details"], f.Router.Stack.Select(e => e.Page));
        Assert.Equal(2L, f.Host.VisibleRoot);
    }

    [Fact]
    public void Unknown_page_throws_naming_it_and_the_known_pages()
    {
        var f = new RouterFixture();
        var ex = Assert.Throws<RouteException>(() => f.Router.Navigate("setings"));
        Assert.Contains("'setings'", ex.Message);
        Assert.Contains("details, home, search", ex.Message);
    }

    [Fact]
    public void Native_only_router_runs_without_a_legacy_driver()
    {
        var f = new RouterFixture(withLegacy: false, routes:
        [
            new PageRoute("home", "Home", null, PagePath.Native),
            new PageRoute("search", "Search", null, PagePath.Native),
        ]);
        Assert.True(f.Routes.IsNativeOnly);

        f.Router.Start();
        f.Router.Navigate("search");
        f.Router.Back();

        Assert.Equal("home", f.Router.Current!.Page);
        Assert.DoesNotContain(f.Host.Calls, c => c.Contains("legacy:"));
    }

    [Fact]
    public void Router_rejects_routes_whose_implementations_are_missing_listing_all()
    {
        var host = new RecordingHost();
        var routes = new RouteTable("home",
        [
            new PageRoute("home", "Home", null, PagePath.Native),
            new PageRoute("details", null, "details", PagePath.Legacy),
        ]);

        var ex = Assert.Throws<RouteException>(() => new Router(routes, host, new NativePageRegistry(), null, new ListSink().Logger()));

        Assert.Contains("page 'home': no native page registered as 'Home'", ex.Message);
        Assert.Contains("page 'details': needs its legacy page 'details' but no legacy driver is given", ex.Message);
    }

    [Fact]
    public void Navigated_event_reports_each_new_current_page()
    {
        var f = new RouterFixture();
        var seen = new List<string>();
        f.Router.Navigated += e => seen.Add(e.Page);

        f.Router.Start();
        f.Router.Navigate("details");
        f.Router.Back();

        Assert.Equal(["home", "details", "home"], seen);
    }
}
