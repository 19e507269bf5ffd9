using System.Text.Json;

namespace Bridge.Cli.Tests;

/// <summary>An app that opens on a native page loads its bundles beside the first frames: a bundle that fails to load
/// then faults the legacy pages (each shows why, the run fails) instead of the start; an app that opens on a legacy page
/// still waits for its bundles, and a bundle that fails to load fails the start (exit 2). The JS engine of an app that
/// opens on a native page starts once the first frame is presented, or when a legacy page opens before that.</summary>
public sealed class BackgroundStartTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-background-start-").FullName;

    [Fact]
    public void A_native_start_page_runs_while_a_bundle_that_fails_to_load_faults_the_legacy_pages()
    {
        var manifest = Manifest("home");
        var script = Write("script.json", """
            {"size": [1280, 720], "steps": [{"navigate": "home"}, {"idle": true}, {"key": "down"}, {"dump": "home"},
              {"navigate": "search"}, {"idle": true}, {"dump": "search"}]}
            """);
        var outDir = Path.Combine(_dir, "out");

        var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", outDir, "--backend", "null", "--pace", "unpaced");

        Assert.True(code == 1, output);
        Assert.Contains("\"hero-play\"", File.ReadAllText(Path.Combine(outDir, "home.tree.json")));
        Assert.Contains("bridge-page-error", File.ReadAllText(Path.Combine(outDir, "search.tree.json")));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var errors = report.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        Assert.Contains(errors, e => e!.Contains("the legacy bundles did not load", StringComparison.Ordinal) && e.Contains("boom at load", StringComparison.Ordinal));
    }

    [Fact]
    public void A_legacy_start_page_waits_for_its_bundles_and_a_bundle_that_fails_to_load_fails_the_start()
    {
        var manifest = Manifest("search");
        var script = Write("script.json", """{"steps": [{"navigate": "search"}, {"idle": true}]}""");

        var (code, stdout, stderr) = BridgeProcess.RunSeparately("run", "--manifest", manifest, "--script", script, "--out", Path.Combine(_dir, "out"),
            "--backend", "null");

        Assert.True(code == 2, stdout + stderr);
        // The engine's log comes first; the program's verdict is its last line.
        var line = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith("bridge: ", line);
        Assert.Contains("the legacy bundles did not load in v8", line);
        Assert.Contains("boom at load", line);
    }

    [Fact]
    public void A_native_start_page_presents_its_first_frame_before_the_js_engine_starts()
    {
        var manifest = DemoManifest();
        var script = Write("script.json", """{"steps": [{"navigate": "home"}, {"idle": true}, {"dump": "home"}]}""");

        var (code, stdout, stderr) = BridgeProcess.RunSeparately("run", "--manifest", manifest, "--script", script, "--out", Path.Combine(_dir, "out"),
            "--backend", "null", "--pace", "unpaced", "--verbose");

        Assert.True(code == 0, stdout + stderr);
        var firstFrame = stderr.IndexOf("Start: first frame", StringComparison.Ordinal);
        var engineCreated = stderr.IndexOf("engine created in", StringComparison.Ordinal);
        Assert.True(firstFrame >= 0, stderr);
        Assert.True(engineCreated > firstFrame, "the engine started after the first frame was presented:\n" + stderr);
        Assert.Contains("\"hero-play\"", File.ReadAllText(Path.Combine(_dir, "out", "home.tree.json")));
    }

    [Fact]
    public void A_legacy_page_opened_before_the_js_engine_started_waits_for_its_bundles_and_runs()
    {
        var manifest = DemoManifest();
        // No frame has run yet: the engine of an app that opens on a native page has not started.
        var script = Write("script.json", """
            {"steps": [{"navigate": "search"}, {"idle": true}, {"key": "select"}, {"idle": true}, {"dump": "search"}]}
            """);
        var outDir = Path.Combine(_dir, "out");

        var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", outDir, "--backend", "null", "--pace", "unpaced");

        Assert.True(code == 0, output);
        Assert.Contains("errors: 0", output);
        var tree = File.ReadAllText(Path.Combine(outDir, "search.tree.json"));
        Assert.DoesNotContain("bridge-page-error", tree);
        Assert.Contains("\"search\"", tree);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string DemoManifest() => Write("manifest.json", """
        {"start": "home", "engine": "v8", "bundles": [BUNDLE],
         "pages": {"home": {"native": "Home", "live": "native"}, "search": {"legacy": "search", "live": "legacy"}}}
        """.Replace("BUNDLE", JsonSerializer.Serialize(BridgeProcess.DemoBundle), StringComparison.Ordinal));

    private string Manifest(string start)
    {
        var bundle = Write("bad.js", "throw new Error('boom at load');\n");
        return Write("manifest.json", """
            {"start": "START", "engine": "v8", "bundles": [BUNDLE],
             "pages": {"home": {"native": "Home", "live": "native"}, "search": {"legacy": "search", "live": "legacy"}}}
            """.Replace("BUNDLE", JsonSerializer.Serialize(bundle), StringComparison.Ordinal).Replace("START", start, StringComparison.Ordinal));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
