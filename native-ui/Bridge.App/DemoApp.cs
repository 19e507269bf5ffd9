using Bridge.App.Content;
using Bridge.App.Data;
using Bridge.App.Pages;
using Bridge.App.Posters;
using Bridge.Engine.Compose;
using Bridge.Routing;
using Serilog;

namespace Bridge.App;

/// <summary>The bundled demo app: its catalog and data service, its assets, its native pages and its default files.</summary>
public sealed class DemoApp
{
    /// <summary>Creates the demo over the default catalog with default settings.</summary>
    public DemoApp()
        : this(new CatalogDataService())
    {
    }

    /// <summary>Creates the demo over a given data service.</summary>
    public DemoApp(CatalogDataService data) => Data = data ?? throw new ArgumentNullException(nameof(data));

    /// <summary>The data service both paths use (legacy fetchData and native pages).</summary>
    public CatalogDataService Data { get; }

    /// <summary>The default manifest (<c>native-ui/Bridge.App/demo/manifest.json</c>) of a repository.</summary>
    public static string ManifestPath(string? repositoryRoot = null) =>
        Path.Combine(repositoryRoot ?? AssetPaths.RepositoryRoot(), "native-ui", "Bridge.App", "demo", "manifest.json");

    /// <summary>The default input script (<c>native-ui/Bridge.App/demo/script.json</c>) of a repository.</summary>
    public static string ScriptPath(string? repositoryRoot = null) =>
        Path.Combine(repositoryRoot ?? AssetPaths.RepositoryRoot(), "native-ui", "Bridge.App", "demo", "script.json");

    /// <summary>The legacy pages' entry file (<c>legacy-js/demo/app.jsx</c>), built with <c>scripts/build-legacy</c>.</summary>
    public static string LegacyEntryPath(string? repositoryRoot = null) =>
        Path.Combine(repositoryRoot ?? AssetPaths.RepositoryRoot(), "legacy-js", "demo", "app.jsx");

    /// <summary>Generates any missing poster into the asset folder (default <c>&lt;repo&gt;/.cache/assets</c>) and returns what it did.</summary>
    public PosterRunResult PrepareAssets(string? assetsRoot = null, ILogger? log = null) =>
        new PosterGenerator(assetsRoot ?? AssetPaths.DefaultCacheRoot(), log).EnsureAll(Data.Catalog);

    /// <summary>
    /// Registers the native pages (Home, Details, Search) with a router registry; <paramref name="contextOf"/> gives the
    /// world, root entity and navigator a page instance mounts with.
    /// </summary>
    public void RegisterNativePages(NativePageRegistry registry, Composer composer, Func<IPageRoot, PageContext, DemoPageContext> contextOf)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(contextOf);
        foreach (var name in DemoNativePages.Names)
        {
            registry.Register(name, (root, context) => DemoNativePages.Mount(composer, name, contextOf(root, context), context.Params));
        }
    }
}
