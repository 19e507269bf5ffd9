using Bridge.App.Data;
using Bridge.App.Posters;
using Bridge.Pages;
using Bridge.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.App;

/// <summary>The demo app's registrations: its native pages (by attribute) and the services they and the legacy pages use.</summary>
public static class DemoApp
{
    /// <summary>Registers Home, Details and Search (every <see cref="NativePageAttribute"/> page of this assembly).</summary>
    public static NativePages AddDemoPages(this NativePages pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return pages.AddFromAssembly(typeof(DemoApp).Assembly);
    }

    /// <summary>Registers the catalog data service (also as the <c>fetchData</c> service of legacy pages) and the poster
    /// drawing that runs while the host starts.</summary>
    public static IServiceCollection AddDemoServices(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(_ => new CatalogDataService());
        services.AddSingleton<IHostDataService>(provider => provider.GetRequiredService<CatalogDataService>());
        services.AddSingleton<IStartupTask, PosterStartupTask>();
        return services;
    }

    /// <summary>Where the demo keeps the posters it draws: <c>$XDG_CACHE_HOME/bridge-demo/assets</c> (or <c>~/.cache/…</c>).</summary>
    public static string DefaultAssetCache()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache))
        {
            cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }
        return Path.Combine(cache, "bridge-demo", "assets");
    }

    private sealed class PosterStartupTask(CatalogDataService data) : IStartupTask
    {
        public void Run(StartupContext context)
        {
            var result = new PosterGenerator(context.AssetsRoot, context.Log).EnsureAll(data.Catalog);
            context.Log.Information("Posters: {Written} written, {Skipped} already there ({Ms:0} ms)", result.Written, result.Skipped, result.Elapsed.TotalMilliseconds);
        }
    }
}
