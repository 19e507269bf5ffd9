using Bridge.Routing;

namespace Bridge.Routing.Tests;

/// <summary>The manifest example of the issue (home native, details legacy, search compare) on a recording host.</summary>
internal sealed class RouterFixture
{
    public RouterFixture(bool withLegacy = true, Action<PageContext>? onHomeMount = null, IEnumerable<PageRoute>? routes = null)
    {
        Host.LegacyPages.UnionWith(["home", "details", "search"]);
        Natives.Register("Home", Host.Native("Home", onHomeMount)).Register("Search", Host.Native("Search"));
        Routes = new RouteTable("home", routes ??
        [
            new PageRoute("home", "Home", "home", PagePath.Native, PagePath.Legacy),
            new PageRoute("details", null, "details", PagePath.Legacy),
            new PageRoute("search", "Search", "search", PagePath.Compare),
        ]);
        Router = new Router(Routes, Host, Natives, withLegacy ? Host : null, Sink.Logger());
    }

    public RecordingHost Host { get; } = new();

    public NativePageRegistry Natives { get; } = new();

    public ListSink Sink { get; } = new();

    public RouteTable Routes { get; }

    public Router Router { get; }
}
