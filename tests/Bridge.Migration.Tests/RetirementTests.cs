using System.Reflection;
using Bridge.Routing;
using Serilog;

namespace Bridge.Migration.Tests;

/// <summary>A manifest with only native pages runs through the router with no JS engine loaded or referenced.</summary>
public sealed class RetirementTests
{
    private static readonly string[] JsEngines = ["Jint", "Microsoft.ClearScript", "Acornima"];

    [Fact]
    public void Router_and_migration_tooling_reference_no_JS_engine()
    {
        foreach (var assembly in new[] { typeof(Router).Assembly, typeof(Manifest).Assembly })
        {
            var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
            Assert.DoesNotContain(references, r => JsEngines.Any(e => r.StartsWith(e, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Native_only_manifest_navigates_without_a_legacy_driver_or_JS_engine()
    {
        using var dir = new TempDir();
        var natives = new NativePageRegistry()
            .Register("Home", (root, context) => new SimplePage(context))
            .Register("Details", (root, context) => new SimplePage(context));
        var manifest = Manifest.Load(dir.File("native.json", """
            {"start": "home", "pages": {"home": {"native": "Home", "live": "native"},
                                        "details": {"native": "Details", "live": "native"}}}
            """), natives.Names);
        var host = new CountingHost(legacyPages: []);

        using (var router = new Router(manifest.ToRouteTable(), host, natives, legacy: null, new LoggerConfiguration().CreateLogger()))
        {
            router.Start();
            router.Navigate("details", PageParams.Of("id", 3L));
            Assert.Equal(3L, ((SimplePage)router.Current!.Instance).Context.Params.Get<long>("id"));
            Assert.True(router.Back());
            Assert.Equal("home", router.Current!.Page);
        }

        Assert.True(manifest.IsNativeOnly);
        Assert.Equal(0, host.LiveRoots);
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(),
            a => JsEngines.Any(e => a.GetName().Name!.StartsWith(e, StringComparison.Ordinal)));
    }
}
