using System.Text.Json;
using Bridge.Host;
using Bridge.Legacy;
using Bridge.Migration;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Cli.Tests.Dashboard;

/// <summary>An error a legacy page reports names that page, so that the dashboard and telemetry count it against it.</summary>
public sealed class PageErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-page-error-").FullName;

    [Fact]
    public void A_js_error_is_attributed_to_the_legacy_page_on_screen_and_seen_by_the_monitor()
    {
        var bundle = BridgeProcess.BuildBundle("tests/Bridge.Cli.Tests/fixtures/faulty.jsx", "faulty.js");
        var manifest = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifest, """
            {"start": "blank", "bundles": [BUNDLE],
             "pages": {"blank": {"native": "Blank", "live": "native"}, "faulty": {"legacy": "faulty", "live": "legacy"}}}
            """.Replace("BUNDLE", JsonSerializer.Serialize(bundle), StringComparison.Ordinal));
        var builder = BridgeApp.CreateBuilder([]);
        builder.Pages.Add("Blank", _ => View(testId: "blank"));
        builder.AddLegacyPages();
        using var app = builder.Build();
        var log = Serilog.Core.Logger.None;
        using var host = AppHost.Create(new HostOptions(new ScreenSize(1280, 720), "unpaced", "null", _dir), app.Services, app.Pages,
            Manifest.Load(manifest, app.Pages.Names), log);
        using var monitor = new HostMonitor(host);
        var seen = new List<RunError>();
        monitor.ErrorReported += seen.Add;

        new ScriptRunner(host, Path.Combine(_dir, "out"), log).Run(Script.Parse("""
            {"steps": [{"navigate": "blank"}, {"idle": true}, {"navigate": "faulty"}, {"idle": true}, {"key": "down"}, {"key": "select"}, {"idle": true},
              {"navigate": "blank"}, {"idle": true}]}
            """, "script"));

        var error = Assert.Single(host.Errors);
        Assert.Equal(("faulty", RunErrorKind.LegacyError), (error.Page, error.Kind));
        Assert.Contains("boom on press", error.Message);
        Assert.Equal([error], seen);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
