using Bridge.App.Content;
using Bridge.App.Data;
using Bridge.App.Pages;
using Bridge.App.Posters;
using Bridge.Engine.Ecs;
using Bridge.Host;
using Serilog;

namespace Bridge.Cli.Running;

/// <summary>The demo app's native side: its catalog, posters, native pages and tile animation, registered on a host.</summary>
internal sealed class DemoApp
{
    private DemoApp(CatalogDataService data) => Data = data;

    public CatalogDataService Data { get; }

    /// <summary>Makes the posters (first run only) and the catalog the pages read.</summary>
    public static DemoApp Create(string assetsRoot, ILogger log)
    {
        var data = new CatalogDataService();
        var posters = new PosterGenerator(assetsRoot, log).EnsureAll(data.Catalog);
        log.Information("Posters: {Written} written, {Skipped} already there ({Ms:0} ms)", posters.Written, posters.Skipped, posters.Elapsed.TotalMilliseconds);
        return new DemoApp(data);
    }

    /// <summary>Registers Home, Details and Search and the focus scale animation on the host.</summary>
    public void Register(AppHost host)
    {
        var scale = new FocusScaleSystem(host.World);
        host.AddSystem(scale);
        foreach (var name in DemoNativePages.Names)
        {
            host.Natives.Register(name, (root, context) =>
            {
                var page = new DemoPageContext(host.World, EntityIds.Unpack(root.Id), Data, context.Navigator) { FocusScale = scale };
                return DemoNativePages.Mount(host.Composer, name, page, context.Params);
            });
        }
    }
}
