using Bridge.Migration;

namespace Bridge.Cli.Tests.TenFoot;

/// <summary>The demo run three times gives the same trees and pictures: initial focus never depends on timing.</summary>
/// <remarks>The script is a short cut of the demo's (home, details opened from a rail and moved in, back, search) so that
/// three runs per backend stay quick; the demo's own script also waits on wall-clock time in the player, which this one
/// leaves out.</remarks>
public sealed class DeterminismTests : IDisposable
{
    private const int Runs = 3;
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-determinism-").FullName;

    [Theory]
    [InlineData("null")]
    [InlineData("gles")]
    public void Three_runs_of_the_demo_dump_the_same_trees_and_draw_the_same_pixels(string backend)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "TenFoot", "determinism-script.json");
        var manifest = Path.Combine(AppContext.BaseDirectory, "manifest.json"); // the demo's, beside its legacy bundle
        var outs = new List<string>();
        for (var run = 0; run < Runs; run++)
        {
            var outDir = Path.Combine(_dir, $"{backend}-{run}");
            var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", outDir,
                "--backend", backend, "--pace", "unpaced");
            Assert.True(code == 0, output);
            outs.Add(outDir);
        }

        var first = outs[0];
        Assert.Equal("details-play", Focused(TreeDumpFile.Load(Path.Combine(first, "details-1.tree.json"))));
        foreach (var other in outs.Skip(1))
        {
            foreach (var dump in Directory.GetFiles(first, "*.tree.json"))
            {
                var name = Path.GetFileName(dump);
                Assert.True(File.ReadAllText(dump) == File.ReadAllText(Path.Combine(other, name)), $"{name} differs between {first} and {other}");
            }
            if (backend != "gles")
            {
                continue;
            }
            foreach (var shot in Directory.GetFiles(first, "*.png"))
            {
                var name = Path.GetFileName(shot);
                // One level of rounding is allowed: an image's place in its texture page follows the order images finish
                // loading, which moves bilinear filtering's last bit.
                var diff = PixelDiff.Compare(shot, Path.Combine(other, name), tolerance: 1);
                Assert.True(diff.DifferingPixels == 0, $"{name}: {diff.DifferingPixels} pixels differ between {first} and {other}");
            }
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string? Focused(TreeNode node)
    {
        if (node.Focused)
        {
            return node.TestId;
        }
        return node.Children.Select(Focused).FirstOrDefault(id => id is not null);
    }
}
