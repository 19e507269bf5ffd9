using System.Text.Json;

namespace Bridge.Cli.Tests;

/// <summary><c>bridge run</c> on a manifest mixing native and legacy pages, through the real program, on both JS engines.</summary>
public sealed class RunEndToEndTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-run-").FullName;

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Mixed_manifest_navigates_both_ways_restores_focus_and_accounts_every_key(string engine)
    {
        var manifest = Write("manifest.json", """
            {"start": "home", "engine": "v8", "bundles": [BUNDLE],
             "pages": {"home": {"native": "Home", "legacy": "home", "live": "native", "fallback": "legacy"},
                       "details": {"native": "Details", "legacy": "details", "live": "native"},
                       "search": {"legacy": "search", "live": "legacy"}}}
            """.Replace("BUNDLE", JsonSerializer.Serialize(BridgeProcess.DemoBundle), StringComparison.Ordinal));
        var script = Write("script.json", """
            {"size": [1280, 720], "steps": [
              {"navigate": "home"}, {"idle": true}, {"key": "down"}, {"key": "right"}, {"idle": true}, {"dump": "home-before"},
              {"key": "select"}, {"idle": true}, {"dump": "details"},
              {"key": "back"}, {"idle": true}, {"dump": "home-after"},
              {"navigate": "search"}, {"idle": true}, {"key": "select"}, {"idle": true}, {"dump": "search"},
              {"key": "back"}, {"idle": true}, {"dump": "after-search"}]}
            """);
        var outDir = Path.Combine(_dir, "out");

        var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", outDir,
            "--engine", engine, "--backend", "null", "--pace", "unpaced");

        Assert.True(code == 0, output);
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")), output);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var accounting = report.RootElement.GetProperty("accounting");
        Assert.Equal(6, accounting.GetProperty("events").GetInt32());
        Assert.Empty(accounting.GetProperty("missing").EnumerateArray());
        var events = report.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(6, events.Select(e => e.GetProperty("id").GetInt64()).Distinct().Count());
        Assert.Contains(events, e => e.GetProperty("page").GetString() == "search" && e.GetProperty("path").GetString() == "legacy"
                                     && e.GetProperty("engine").GetString() == engine);

        var before = Focused(Dump(outDir, "home-before"));
        Assert.StartsWith("tile-", before);
        Assert.Equal(before, Focused(Dump(outDir, "home-after")));
        Assert.NotNull(Find(Dump(outDir, "details"), "details"));
        Assert.NotNull(Find(Dump(outDir, "search"), "search"));
        // Legacy Search's onKey lets back through (returns false): the host goes back, as it does for a native page.
        Assert.Null(Find(Dump(outDir, "after-search"), "search"));
        Assert.NotNull(Find(Dump(outDir, "after-search"), "home"));
        Assert.Contains("6 key events, 6 presented, 0 unaccounted", output);
    }

    [Fact]
    public void Native_page_breaking_its_latency_budget_rolls_back_to_legacy()
    {
        var manifest = Write("manifest.json", """
            {"start": "home", "engine": "v8", "bundles": [BUNDLE],
             "pages": {"home": {"native": "Home", "legacy": "home", "live": "native", "fallback": "legacy", "budget": {"p99Ms": 0.001}}}}
            """.Replace("BUNDLE", JsonSerializer.Serialize(BridgeProcess.DemoBundle), StringComparison.Ordinal));
        var script = Write("script.json", """
            {"size": [1280, 720], "steps": [{"navigate": "home"}, {"idle": true}, {"key": "right", "repeat": 20},
              {"key": "left", "repeat": 2}, {"idle": true}, {"dump": "after"}]}
            """);
        var outDir = Path.Combine(_dir, "out");

        var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", outDir,
            "--backend", "null", "--pace", "unpaced");

        // A rollback fails the run under the default --fail-on error, with one line saying why.
        Assert.True(code == 1, output);
        Assert.Contains("bridge run: 0 page error(s), 1 rollback(s); first: latency budget broken", output);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var rollback = Assert.Single(report.RootElement.GetProperty("rollbacks").EnumerateArray());
        Assert.Equal("home", rollback.GetProperty("page").GetString());
        Assert.Contains("budget", rollback.GetProperty("reason").GetString());
        var paths = report.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Equal(22, paths.Count);
        Assert.Equal("legacy", paths[^1]);
        Assert.NotNull(Find(Dump(outDir, "after"), "home"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static JsonElement Dump(string outDir, string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, name + ".tree.json"))).RootElement;

    private static string? Focused(JsonElement node)
    {
        if (node.TryGetProperty("focused", out var f) && f.GetBoolean())
        {
            return node.TryGetProperty("testID", out var id) ? id.GetString() : "(no testID)";
        }
        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                if (Focused(child) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }

    private static JsonElement? Find(JsonElement node, string testId)
    {
        if (node.TryGetProperty("testID", out var id) && id.GetString() == testId)
        {
            return node;
        }
        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                if (Find(child, testId) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
