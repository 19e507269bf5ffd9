namespace Bridge.Cli.Tests;

/// <summary><c>bridge bench render</c> on the demo's Home: focus moves measured as damage frames beside full frames, the
/// screenshot written, and the damage-redrawn frame equal to the full one; a script that names no page is refused.</summary>
public sealed class RenderBenchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-render-bench-").FullName;

    [Fact]
    public void Home_moves_are_measured_as_damage_frames_beside_full_frames_and_match_them()
    {
        var manifest = Write("manifest.json", """
            {"start": "home", "design": [1280, 720], "pages": {"home": {"native": "Home", "live": "native"}}}
            """);
        var script = Write("script.json", """
            {"steps": [{"navigate": "home"}, {"key": "down"}, {"idle": true}, {"key": "right"}, {"key": "left"}]}
            """);
        var shots = Path.Combine(_dir, "shots");
        var (code, stdout, stderr) = BridgeProcess.RunSeparately("bench", "render", "--manifest", manifest, "--script", script,
            "--moves", "4", "--warmup", "1", "--screenshots", shots);
        Assert.True(code == 0, stdout + stderr);
        var row = stdout.Split('\n').Single(l => l.Contains("│ home", StringComparison.Ordinal));
        Assert.Contains("(4)", row, StringComparison.Ordinal);
        Assert.Matches(@"│ yes +│$", row.TrimEnd());
        Assert.True(File.Exists(Path.Combine(shots, "home.png")));
    }

    [Fact]
    public void A_script_that_opens_no_page_is_a_usage_error()
    {
        var script = Write("keys.json", """{"steps": [{"key": "right"}]}""");
        var (code, _, stderr) = BridgeProcess.RunSeparately("bench", "render", "--script", script);
        Assert.Equal(2, code);
        Assert.Contains("a page's steps must follow its navigate", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
