using System.Text.Json;

namespace Bridge.Cli.Tests;

/// <summary>React Native TV screens (legacy-js/test/rn-app: TypeScript, react-tv-space-navigation, Norigin,
/// @react-navigation) built with scripts/build-legacy and run through the real program on both JS engines.</summary>
public sealed class ReactNativeEndToEndTests : IDisposable
{
    private static readonly Lazy<string> Catalog = new(() => BridgeProcess.BuildBundle("legacy-js/test/rn-app/index.tsx", "rn-catalog.js"));
    private static readonly Lazy<string> Menu = new(() => BridgeProcess.BuildBundle("legacy-js/test/rn-app/menu.tsx", "rn-menu.js"));
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-rn-").FullName;

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Js_focus_screens_move_focus_scroll_rows_and_navigate(string engine)
    {
        var manifest = Write("manifest.json", """
            {"start": "catalog", "engine": "v8", "bundles": [BUNDLE],
             "pages": {"catalog": {"legacy": "rn-catalog", "live": "legacy"}, "norigin": {"legacy": "rn-norigin", "live": "legacy"}}}
            """.Replace("BUNDLE", JsonSerializer.Serialize(Catalog.Value), StringComparison.Ordinal));
        var script = Write("script.json", """
            {"size": [1280, 720], "steps": [
              {"navigate": "catalog"}, {"idle": true}, {"dump": "start"},
              {"key": "right"}, {"key": "right"}, {"key": "right"}, {"idle": true}, {"dump": "right"},
              {"key": "down"}, {"idle": true}, {"dump": "down"}, {"screenshot": "catalog"},
              {"key": "select"}, {"idle": true}, {"dump": "details"},
              {"key": "back"}, {"idle": true}, {"dump": "back"},
              {"navigate": "norigin"}, {"idle": true}, {"dump": "norigin"},
              {"key": "down"}, {"idle": true}, {"dump": "norigin-down"}, {"screenshot": "norigin"}]}
            """);
        var outDir = Path.Combine(_dir, "out");

        var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", outDir,
            "--engine", engine, "--backend", "gles", "--pace", "unpaced");

        Assert.True(code == 0, output);
        // react-tv-space-navigation moves its own focus from TV key events: the hero follows it.
        Assert.Equal("Trending #1", Text(Dump(outDir, "start"), "hero-title"));
        Assert.Equal("Trending #4", Text(Dump(outDir, "right"), "hero-title"));
        Assert.Equal("New releases #1", Text(Dump(outDir, "down"), "hero-title"));
        // Select pushes Details on the @react-navigation stack; back pops it (BackHandler) instead of leaving the page.
        Assert.Equal("New releases #1", Text(Dump(outDir, "details"), "details-title"));
        Assert.Null(Find(Dump(outDir, "back"), "details"));
        Assert.Equal("New releases #1", Text(Dump(outDir, "back"), "hero-title"));
        // Norigin, fed by the app's layout adapter (measure answered by the host) and TV key events.
        Assert.Equal("Trending #1", Text(Dump(outDir, "norigin"), "hero-title"));
        Assert.Equal("New releases #1", Text(Dump(outDir, "norigin-down"), "hero-title"));
        Assert.True(new FileInfo(Path.Combine(outDir, "catalog.png")).Length > 0);
        Assert.Contains("0 unaccounted", output);
    }

    [Fact]
    public void Host_focus_screen_moves_focus_through_a_thousand_item_list_and_a_drawer()
    {
        var manifest = Write("manifest.json", """
            {"start": "menu", "engine": "v8", "bundles": [BUNDLE], "pages": {"menu": {"legacy": "rn-menu", "live": "legacy"}}}
            """.Replace("BUNDLE", JsonSerializer.Serialize(Menu.Value), StringComparison.Ordinal));
        var script = Write("script.json", """
            {"size": [1280, 720], "steps": [
              {"navigate": "menu"}, {"idle": true}, {"dump": "start"},
              {"key": "right", "repeat": 12}, {"idle": true}, {"dump": "far"},
              {"key": "select"}, {"idle": true}, {"dump": "details"},
              {"key": "back"}, {"idle": true}, {"dump": "back"}]}
            """);
        var outDir = Path.Combine(_dir, "out");

        var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", outDir,
            "--engine", "v8", "--backend", "null", "--pace", "unpaced");

        Assert.True(code == 0, output);
        Assert.Equal("ep-0", Focused(Dump(outDir, "start")));
        Assert.Equal("ep-12", Focused(Dump(outDir, "far")));
        // Windowed: far fewer than 1,000 cells exist.
        Assert.Null(Find(Dump(outDir, "far"), "ep-900"));
        Assert.Equal("Episode 13", Text(Dump(outDir, "details"), "details-title"));
        Assert.Null(Find(Dump(outDir, "back"), "details"));
        Assert.NotNull(Find(Dump(outDir, "back"), "episodes"));
    }

    [Fact]
    public void React_native_screen_is_a_compare_page_beside_its_native_twin()
    {
        var report = Dashboard.SwatchComparison.Run(Dashboard.SwatchComparison.DesignColour, _dir, reactNative: true);

        Assert.True(report.Verdict == Bridge.Migration.CompareVerdict.ReadyToRetireLegacy, string.Join("; ", report.Reasons));
        Assert.Equal(0, Assert.Single(report.Pixels).Diff.DifferingPixels);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static JsonElement Dump(string outDir, string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, name + ".tree.json"))).RootElement;

    private static string? Text(JsonElement root, string testId) =>
        Find(root, testId) is { } node && node.TryGetProperty("text", out var text) ? text.GetString() : null;

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
