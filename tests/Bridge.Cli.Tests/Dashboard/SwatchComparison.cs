using System.Text.Json;
using Bridge.Engine.Compose;
using Bridge.Host;
using Bridge.Legacy;
using Bridge.Migration;
using Bridge.Routing;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Cli.Tests.Dashboard;

/// <summary>A comparison as <c>bridge compare</c> makes one, of a page whose native version may be drawn in the wrong
/// colour: the swatch page natively (C#, below) then as legacy (<c>fixtures/swatch.jsx</c> written against bridge-host,
/// or <c>legacy-js/test/rn-app/SwatchScreen.tsx</c> written against react-native, in V8), under the same script, on the
/// GL backend, judged by <see cref="ComparisonResults"/>.</summary>
internal static class SwatchComparison
{
    /// <summary>The colour of the first square in the design (and in the legacy page).</summary>
    public const string DesignColour = "#2e7dd7";

    private static readonly Lazy<string> s_bundle = new(() => BridgeProcess.BuildBundle("tests/Bridge.Cli.Tests/fixtures/swatch.jsx", "swatch.js"));
    private static readonly Lazy<string> s_reactNativeBundle = new(() => BridgeProcess.BuildBundle("legacy-js/test/rn-app/swatch.tsx", "rn-swatch.js"));

    /// <summary>Compares the page with its native first square in <paramref name="nativeColour"/>; files go to <paramref name="dir"/>.
    /// With <paramref name="reactNative"/> the legacy side is the React Native screen.</summary>
    public static CompareReport Run(string nativeColour, string dir, bool reactNative = false)
    {
        var (bundle, legacyPage) = reactNative ? (s_reactNativeBundle.Value, "rn-swatch") : (s_bundle.Value, "swatch");
        var manifest = Path.Combine(dir, "manifest.json");
        File.WriteAllText(manifest, """
            {"start": "swatch", "engine": "v8", "bundles": [BUNDLE],
             "pages": {"swatch": {"native": "Swatch", "legacy": "LEGACY", "live": "compare", "budget": {"p99Ms": 1000}}}}
            """.Replace("BUNDLE", JsonSerializer.Serialize(bundle), StringComparison.Ordinal).Replace("LEGACY", legacyPage, StringComparison.Ordinal));
        var scriptPath = Path.Combine(dir, "script.json");
        File.WriteAllText(scriptPath, """
            {"size": [1280, 720], "steps": [{"navigate": "swatch"}, {"idle": true}, {"key": "right"}, {"key": "left"}, {"key": "right"},
              {"idle": true}, {"dump": "swatch"}, {"screenshot": "swatch"}]}
            """);
        var outDir = Path.Combine(dir, "out");
        var latency = new LatencyRecorder();
        foreach (var path in new[] { PagePath.Native, PagePath.Legacy })
        {
            Pass(path, nativeColour, reactNative, manifest, outDir, Script.Load(scriptPath), latency);
        }
        return ComparisonResults.Save(Manifest.Load(manifest), Script.Load(scriptPath), "swatch", "v8", "unpaced", outDir, latency);
    }

    private static void Pass(PagePath path, string nativeColour, bool reactNative, string manifestPath, string outDir, Script script,
        LatencyRecorder latency)
    {
        var log = Serilog.Core.Logger.None;
        var builder = BridgeApp.CreateBuilder([]);
        // React Native's AppRegistry puts every registered screen in a root view that fills the screen: a native twin of
        // a React Native screen starts with the same root.
        builder.Pages.Add("Swatch", _ => reactNative ? View(style: new() { Flex = 1, AlignSelf = "stretch" })[Swatch(nativeColour)] : Swatch(nativeColour));
        builder.AddLegacyPages();
        using var app = builder.Build();
        var manifest = Manifest.Load(manifestPath, app.Pages.Names);
        using var host = AppHost.Create(new HostOptions(script.Size, "unpaced", "gles", outDir), app.Services, app.Pages, manifest, log,
            routes => new RouteTable(routes.Start, routes.Routes.Select(r => r with { Live = path, Fallback = null })));
        host.Latency.Recorder = latency;
        new ScriptRunner(host, outDir, log) { PathSuffixes = true }.Run(script);
    }

    private static Node Swatch(string nativeColour) =>
            View(testId: "swatch", style: new() { Width = 1280, Height = 720, FlexDirection = "row", Padding = 40, Gap = 40, BackgroundColor = "#101418" })
            [
                View(testId: "square-a", focusable: true, style: new() { Width = 200, Height = 200, BackgroundColor = nativeColour }),
                View(testId: "square-b", focusable: true, style: new() { Width = 200, Height = 200, BackgroundColor = "#f2c14e" })
            ];
}
