using Bridge.Migration;

namespace Bridge.Cli.Tests;

/// <summary><c>bridge run --focus-debug</c> and the <c>{"debug": …}</c> script step, through the real program on the GL backend.</summary>
public sealed class FocusDebugTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-focus-debug-").FullName;

    [Fact]
    public void Focus_debug_option_draws_the_overlay_on_screenshots_until_a_debug_none_step_and_never_changes_tree_dumps()
    {
        var manifest = Write("manifest.json", """{"start": "home", "pages": {"home": {"native": "Home", "live": "native"}}}""");
        var debugScript = Write("debug.json", """
            {"size": [1280, 720], "steps": [{"navigate": "home"}, {"idle": true}, {"screenshot": "on"}, {"dump": "on"},
              {"debug": "none"}, {"screenshot": "off"}]}
            """);
        var plainScript = Write("plain.json", """
            {"size": [1280, 720], "steps": [{"navigate": "home"}, {"idle": true}, {"screenshot": "plain"}, {"dump": "plain"}]}
            """);
        var debugOut = Path.Combine(_dir, "debug");
        var plainOut = Path.Combine(_dir, "plain");

        var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", debugScript, "--out", debugOut, "--focus-debug", "--pace", "unpaced");
        Assert.True(code == 0, output);
        Assert.Contains("debug none", output);
        (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", plainScript, "--out", plainOut, "--pace", "unpaced");
        Assert.True(code == 0, output);

        // Two processes on llvmpipe may differ by one level in a few anti-aliased pixels; the overlay changes thousands.
        var plain = Path.Combine(plainOut, "plain.png");
        Assert.InRange(PixelDiff.Compare(plain, Path.Combine(debugOut, "on.png")).DifferingPixels, 1000, long.MaxValue);
        Assert.Equal(0, PixelDiff.Compare(plain, Path.Combine(debugOut, "off.png")).DifferingPixels);
        Assert.Equal(File.ReadAllText(Path.Combine(plainOut, "plain.tree.json")), File.ReadAllText(Path.Combine(debugOut, "on.tree.json")));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    public void Run_and_compare_offer_the_focus_debug_and_page_transition_options(string verb)
    {
        var (code, output) = BridgeProcess.Run(verb, "--help");
        Assert.True(code == 0, output);
        Assert.Contains("--focus-debug", output);
        Assert.Contains("--page-transition", output);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
