using System.Text.Json;
using Bridge.App.Pages;
using Bridge.Migration;

namespace Bridge.Cli.Tests.TenFoot;

/// <summary>The focused tile is drawn whole (its focus scale, ring and caption) inside the rail or grid that clips it, on
/// both paths, and the search grid's down key moves straight down whatever its column count.</summary>
public sealed class FocusVisibleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-focus-visible-").FullName;

    [Theory]
    [InlineData("native")]
    [InlineData("legacy")]
    public void Focused_tiles_are_painted_inside_their_clip_and_search_moves_straight_down(string path)
    {
        var manifest = Write("manifest.json", """
            {"start": "home", "design": [1280, 720], "engine": "v8", "bundles": [BUNDLE],
             "pages": {"home": {"native": "Home", "legacy": "home", "live": "PATH"},
                       "details": {"native": "Details", "legacy": "details", "live": "PATH"},
                       "search": {"native": "Search", "legacy": "search", "live": "PATH"}}}
            """.Replace("BUNDLE", JsonSerializer.Serialize(BridgeProcess.DemoBundle), StringComparison.Ordinal)
               .Replace("PATH", path, StringComparison.Ordinal));
        var script = Write("script.json", """
            {"steps": [{"navigate": "home"}, {"idle": true}, {"key": "down"}, {"idle": true}, {"dump": "rail-0"},
              {"key": "right", "repeat": 6}, {"idle": true}, {"dump": "rail-6"},
              {"key": "left", "repeat": 5}, {"idle": true}, {"dump": "rail-1"},
              {"navigate": "search"}, {"idle": true}, {"key": "select"}, {"idle": true}, {"key": "right", "repeat": 6}, {"idle": true},
              {"dump": "result-0"}, {"key": "down"}, {"idle": true}, {"dump": "result-below"}]}
            """);
        var outDir = Path.Combine(_dir, "out");
        var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", outDir,
            "--backend", "null", "--pace", "unpaced");
        Assert.True(code == 0, output);

        foreach (var (dump, clipId) in new[] { ("rail-0", "-row"), ("rail-6", "-row"), ("rail-1", "-row"), ("result-0", "results-grid"), ("result-below", "results-grid") })
        {
            var tree = TreeDumpFile.Load(Path.Combine(outDir, dump + ".tree.json"));
            var chain = FocusedChain(tree) ?? throw new Xunit.Sdk.XunitException($"{path} {dump}: nothing is focused");
            var focused = chain[^1];
            var clip = chain.Last(n => n.TestId?.EndsWith(clipId, StringComparison.Ordinal) == true);
            // Painted bounds: the box scaled about its centre by the focus scale.
            var grow = (DemoTheme.FocusScale - 1) / 2;
            var (x0, y0) = (focused.X - focused.W * grow, focused.Y - focused.H * grow);
            var (x1, y1) = (focused.X + focused.W * (1 + grow), focused.Y + focused.H * (1 + grow));
            var (cx0, cy0) = (Math.Max(clip.X, 0), Math.Max(clip.Y, 0));
            var (cx1, cy1) = (Math.Min(clip.X + clip.W, 1280), Math.Min(clip.Y + clip.H, 720));
            Assert.True(x0 >= cx0 && y0 >= cy0 && x1 <= cx1 && y1 <= cy1,
                $"{path} {dump}: {focused.TestId} is painted at ({x0:F1}, {y0:F1})-({x1:F1}, {y1:F1}), outside {clip.TestId}'s visible clip ({cx0}, {cy0})-({cx1}, {cy1})");
        }
        var top = FocusedChain(TreeDumpFile.Load(Path.Combine(outDir, "result-0.tree.json")))![^1];
        var below = FocusedChain(TreeDumpFile.Load(Path.Combine(outDir, "result-below.tree.json")))![^1];
        Assert.True(below.X == top.X && below.Y > top.Y, $"{path}: down moved from {top.TestId} at ({top.X}, {top.Y}) to {below.TestId} at ({below.X}, {below.Y})");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The nodes from the root down to the focused one, or null when nothing is focused.</summary>
    private static List<TreeNode>? FocusedChain(TreeNode node)
    {
        if (node.Focused)
        {
            return [node];
        }
        foreach (var child in node.Children)
        {
            if (FocusedChain(child) is { } chain)
            {
                chain.Insert(0, node);
                return chain;
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
