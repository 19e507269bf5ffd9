using Bridge.Migration;

namespace Bridge.Cli.Tests.TenFoot;

/// <summary>Every page of the demo (home, details, search, settings, the player) at 1280x720 and 1920x1080 looks as
/// reviewed, in a stepped run (the same frames every time): screenshots match the PNGs under golden/, or
/// rewrite them when BRIDGE_UPDATE_GOLDENS=1 (scripts/update-goldens.sh).</summary>
public sealed class DemoGoldenTests : IDisposable
{
    // As the engine's goldens: a channel may move by a few levels (filtering, antialiasing on another GL driver)...
    private const int Channel = 6;

    // ...and a few pixels more (glyph edges), far fewer than a moved or recoloured node makes.
    private const double MaxShare = 0.0005;

    private static readonly string[] Shots = ["home-1", "home-2", "details-1", "details-2", "search-1", "settings-1", "player-1"];
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-demo-golden-").FullName;

    private static string GoldenDir => Path.Combine(BridgeProcess.RepositoryRoot, "tests", "Bridge.Cli.Tests", "golden");

    [Theory]
    [InlineData("1280x720")]
    [InlineData("1920x1080")]
    public void Demo_pages_match_their_golden_screenshots(string size)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "TenFoot", "golden-script.json");
        var outDir = Path.Combine(_dir, size);
        var (code, output) = BridgeProcess.Run("run", "--manifest", Path.Combine(AppContext.BaseDirectory, "manifest.json"),
            "--script", script, "--out", outDir, "--size", size, "--backend", "gles", "--pace", "stepped");
        Assert.True(code == 0, output);

        foreach (var shot in Shots)
        {
            var actual = Path.Combine(outDir, shot + ".png");
            var golden = Path.Combine(GoldenDir, $"demo-{shot}-{size}.png");
            if (Environment.GetEnvironmentVariable("BRIDGE_UPDATE_GOLDENS") == "1")
            {
                Directory.CreateDirectory(GoldenDir);
                File.Copy(actual, golden, overwrite: true);
                continue;
            }
            Assert.True(File.Exists(golden), $"golden {golden} is missing: review the screenshot and run scripts/update-goldens.sh");
            var diff = PixelDiff.Compare(actual, golden, Channel);
            if (diff.Share > MaxShare)
            {
                TestArtifacts.Keep(actual, $"demo-{shot}-{size}.actual.png");
                Assert.Fail($"demo-{shot}-{size}: {diff.DifferingPixels} pixels ({diff.Share:P3}) differ from the golden by more than {Channel} "
                    + $"(worst {diff.MaxChannelDifference}); set BRIDGE_TEST_ARTIFACTS to keep the rendered frame");
            }
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
