using System.Text.Json;
using Bridge.Host;
using Bridge.Legacy;
using Bridge.Migration;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Cli.Tests.Navigation;

/// <summary>The app as <c>bridge run</c> builds it (app builder, host, router, script runner) with one page, <c>navcase</c>,
/// live on one path: natively, or as the legacy page <c>fixtures/navigation.jsx</c> in V8 or Jint.</summary>
/// <remarks>Each case pushes a fresh page over the pages of the cases before it, which stay mounted below with the same
/// testIDs, as the pages of an app's history do.</remarks>
internal sealed class NavigationApp : IDisposable
{
    private const string CasePage = "navcase";
    private static readonly Lazy<string> s_bundle = new(() => BridgeProcess.BuildBundle("tests/Bridge.Cli.Tests/fixtures/navigation.jsx", "navigation.js"));
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-navigation-").FullName;
    private readonly BridgeApp _app;
    private readonly AppHost _host;
    private readonly ScriptRunner _runner;

    /// <summary>Starts the app with the case page on <paramref name="path"/>: native, v8 or jint.</summary>
    public NavigationApp(string path, NavigationCaseFile cases)
    {
        Path = path;
        var log = Serilog.Core.Logger.None;
        var builder = BridgeApp.CreateBuilder([]);
        builder.Pages.Add("Blank", _ => View(testId: "blank"));
        builder.Pages.Add(NativeNavigationPage.Name, page => NativeNavigationPage.Build(page, cases), "case");
        var live = "native";
        var engine = "v8";
        if (path != "native")
        {
            live = "legacy";
            engine = JsEngineKinds.TryParse(path, out _) ? path : throw new ArgumentException($"unknown path '{path}'", nameof(path));
            builder.AddLegacyPages();
        }
        _app = builder.Build();
        var manifest = System.IO.Path.Combine(_dir, "manifest.json");
        var bundles = live == "legacy" ? JsonSerializer.Serialize(s_bundle.Value) : "";
        var pages = $"\"blank\": {{\"native\": \"Blank\", \"live\": \"native\"}}, "
            + $"\"{CasePage}\": {{\"native\": \"{NativeNavigationPage.Name}\", {(live == "legacy" ? "\"legacy\": \"navcase\", " : "")}\"live\": \"{live}\"}}";
        File.WriteAllText(manifest, $"{{\"start\": \"blank\", \"engine\": \"{engine}\", \"bundles\": [{bundles}], \"pages\": {{{pages}}}}}");
        _host = AppHost.Create(new HostOptions(new ScreenSize(1280, 720), "unpaced", "null", _dir), _app.Services, _app.Pages,
            Manifest.Load(manifest, _app.Pages.Names), log);
        _runner = new ScriptRunner(_host, System.IO.Path.Combine(_dir, "out"), log);
        Play("""{"steps": [{"navigate": "blank"}, {"idle": true}]}""");
    }

    /// <summary>native, v8 or jint.</summary>
    public string Path { get; }

    /// <summary>The testID focused on the page on screen, as the router sees it.</summary>
    public string? Focused => _host.Router.Current?.Instance.FocusedTestId;

    /// <summary>Every key pressed so far, measured.</summary>
    public LatencyAccounting Accounting => _runner.Latency.Account();

    /// <summary>Errors legacy pages reported so far.</summary>
    public IReadOnlyList<string> LegacyErrors => _host.Legacy?.Errors ?? [];

    /// <summary>Pushes the case's page and focuses its starting node through the router's page instance.</summary>
    /// <returns>False when the page has no focusable node with the starting testID.</returns>
    public bool Open(NavigationCase navigationCase)
    {
        var parameters = JsonSerializer.Serialize(new Dictionary<string, string> { ["case"] = navigationCase.Name });
        Play($$"""{"steps": [{"navigate": "{{CasePage}}", "params": {{parameters}}}, {"idle": true}]}""");
        var focused = _host.Router.Current!.Instance.RestoreFocus(navigationCase.Focus);
        Play("""{"steps": [{"idle": true}]}""");
        return focused;
    }

    /// <summary>Presses one key as a script does and waits for the app to settle.</summary>
    public void Press(string key) => Play($$"""{"steps": [{"key": {{JsonSerializer.Serialize(key)}}}]}""");

    public void Dispose()
    {
        _host.Dispose();
        _app.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private void Play(string json) => _runner.Run(Script.Parse(json, $"navigation cases on {Path}"));
}
