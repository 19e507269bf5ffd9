using Bridge.Routing;
using Serilog.Events;

namespace Bridge.Routing.Tests.Navigation;

public sealed class RouterRollbackTests
{
    [Fact]
    public void Rollback_of_the_current_page_mounts_the_fallback_before_unmounting_the_native_one()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Host.Page(1).FocusedTestId = "tile-3";
        f.Host.Calls.Clear();

        var record = f.Router.Rollback("home", "threw outside an error boundary", new InvalidOperationException("boom"));

        Assert.Equal(["create 2 home Shown", "mount 2 legacy:home", "swap 1 -> 2", "focus 2 tile-3", "unmount 1", "dispose root 1"],
            f.Host.Calls);
        Assert.Equal(PagePath.Legacy, f.Router.Current!.Path);
        Assert.Equal((PagePath.Native, PagePath.Legacy), (record.From, record.To!.Value));
        Assert.Equal(typeof(InvalidOperationException).FullName, record.ExceptionType);
        Assert.Same(record, Assert.Single(f.Router.Rollbacks));
    }

    [Fact]
    public void Rolled_back_page_stays_on_its_fallback_for_the_rest_of_the_run()
    {
        var f = new RouterFixture();
        f.Router.Start();
        f.Router.Rollback("home", "budget");
        f.Router.Navigate("details");
        f.Router.Navigate("home");

        Assert.Equal(PagePath.Legacy, f.Router.Current!.Path);
        Assert.True(f.Router.IsRolledBack("home"));
        Assert.Equal(PagePath.Legacy, f.Router.PathOf("home"));
    }

    [Fact]
    public void Page_rolled_back_while_covered_remounts_on_fallback_when_returned_to()
    {
        var f = new RouterFixture();
        f.Router.Start(PageParams.Of("from", "launcher"));
        f.Host.Page(1).FocusedTestId = "tile-1";
        f.Router.Navigate("details");
        f.Router.Rollback("home", "budget");
        Assert.Equal(PagePath.Native, f.Router.Stack[0].Path);
        f.Host.Calls.Clear();

        f.Router.Back();

        Assert.Equal(
            ["create 3 home Shown", "mount 3 legacy:home", "unmount 1", "dispose root 1", "swap 2 -> 3", "focus 3 tile-1", "unmount 2", "dispose root 2"],
            f.Host.Calls);
        Assert.Equal("launcher", f.Host.Page(3).Params.Get<string>("from"));
    }

    [Fact]
    public void Native_page_that_throws_while_mounting_falls_back_and_is_recorded()
    {
        var f = new RouterFixture(onHomeMount: _ => throw new InvalidOperationException("home failed"));

        f.Router.Start();

        Assert.Equal(PagePath.Legacy, f.Router.Current!.Path);
        Assert.Contains("dispose root 1", f.Host.Calls);
        Assert.Equal(2L, f.Host.VisibleRoot);
        var record = Assert.Single(f.Router.Rollbacks);
        Assert.Equal("home failed", record.Message);
        Assert.NotNull(record.Stack);
    }

    [Fact]
    public void Rollback_is_logged_with_page_reason_and_stack_as_properties()
    {
        var f = new RouterFixture();
        f.Router.Start();
        Exception thrown;
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException ex)
        {
            thrown = ex;
        }

        f.Router.Rollback("home", "threw", thrown);

        var log = Assert.Single(f.Sink.Events, e => e.Level == LogEventLevel.Error);
        Assert.Equal("\"home\"", log.Properties["Page"].ToString());
        Assert.Equal("\"threw\"", log.Properties["Reason"].ToString());
        Assert.Contains(nameof(Rollback_is_logged_with_page_reason_and_stack_as_properties), log.Properties["Stack"].ToString());
        Assert.Same(thrown, log.Exception);
    }

    [Fact]
    public void Compare_page_rolls_back_to_legacy_and_drops_its_shadow()
    {
        var f = new RouterFixture();
        f.Router.Navigate("search");
        f.Host.Calls.Clear();

        f.Router.Rollback("search", "budget");

        Assert.Equal(
            ["create 3 search Shown", "mount 3 legacy:search", "swap 1 -> 3", "unmount 2", "dispose root 2", "unmount 1", "dispose root 1"],
            f.Host.Calls);
        Assert.Null(f.Router.Current!.ShadowInstance);
    }

    [Fact]
    public void Page_without_fallback_is_recorded_but_keeps_its_path()
    {
        var f = new RouterFixture(withLegacy: false, routes: [new PageRoute("home", "Home", "home", PagePath.Native)]);
        f.Router.Start();
        var calls = f.Host.Calls.Count;

        var record = f.Router.Rollback("home", "threw");

        Assert.Null(record.To);
        Assert.Equal(PagePath.Native, f.Router.Current!.Path);
        Assert.Equal(calls, f.Host.Calls.Count);
    }

    [Fact]
    public void Legacy_page_never_rolls_back_further()
    {
        var f = new RouterFixture();
        f.Router.Navigate("details");

        var record = f.Router.Rollback("details", "budget");

        Assert.Equal((PagePath.Legacy, (PagePath?)null), (record.From, record.To));
        Assert.False(f.Router.IsRolledBack("details"));
    }
}
