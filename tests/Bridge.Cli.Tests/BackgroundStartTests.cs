using System.Text.Json;

namespace Bridge.Cli.Tests;

/// <summary>An app that opens on a native page loads its bundles beside the first frames: a bundle that fails to load
/// then faults the legacy pages (each shows why, the run fails) instead of the start; an app that opens on a legacy page
/// still waits for its bundles, and a bundle that fails to load fails the start (exit 2).</summary>
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

    public void Dispose() => Directory.Delete(_dir, recursive: true);

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
