using Bridge.Migration;

namespace Bridge.Cli.Tests.Dashboard;

/// <summary>A native page drawn in the wrong colour is kept on legacy, with a pixel reason; drawn right, it is ready.</summary>
public sealed class BrokenPageVerdictTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-swatch-").FullName;

    [Fact]
    public void Native_page_in_a_wrong_colour_is_judged_keep_legacy_with_a_pixel_reason()
    {
        var broken = SwatchComparison.Run("#d72e2e", Directory.CreateDirectory(Path.Combine(_dir, "broken")).FullName);

        Assert.Equal(CompareVerdict.KeepLegacy, broken.Verdict);
        var pixels = Assert.Single(broken.Reasons, r => r.StartsWith("screenshot swatch: ", StringComparison.Ordinal));
        Assert.EndsWith("over the tolerance of 0.1 %", pixels);
        // The square is 200 x 200 of 1280 x 720 pixels.
        Assert.InRange(Assert.Single(broken.Pixels).Diff.DifferingPixels, 39_000, 41_000);
        Assert.Contains(broken.Reasons, r => r.Contains("(backgroundColor: native #d72e2e, legacy #2e7dd7)", StringComparison.Ordinal));
        var diff = Path.Combine(_dir, "broken", "out", "swatch.diff.png");
        Assert.True(File.Exists(diff));
        TestArtifacts.Keep(diff, "swatch-broken.diff.png");

        var right = SwatchComparison.Run(SwatchComparison.DesignColour, Directory.CreateDirectory(Path.Combine(_dir, "right")).FullName);

        Assert.True(right.Verdict == CompareVerdict.ReadyToRetireLegacy, string.Join("; ", right.Reasons));
        Assert.Equal(0, Assert.Single(right.Pixels).Diff.DifferingPixels);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
