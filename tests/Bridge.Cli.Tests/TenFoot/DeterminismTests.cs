using Bridge.Migration;

namespace Bridge.Cli.Tests.TenFoot;

/// <summary>The demo's default script run three times with <c>--pace stepped</c> gives the same trees and pictures:
/// initial focus, animations and image arrivals follow the frames run, never the machine's speed.</summary>
/// <remarks>Kept cheap: pixels are compared at 640x360 (the design scaled by one half; layout and tree dumps are in design
/// units whatever the size), and Jint, the slower engine, runs without pixels (<c>--backend null</c>), comparing trees.
/// Stepped runs do not sleep between frames, so a run takes what its work takes (about 10 s on a loaded 2-core machine).</remarks>
public sealed class DeterminismTests : IDisposable
{
    private const int Runs = 3;
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-determinism-").FullName;

    [Theory]
    [InlineData("v8", "gles")]
    [InlineData("jint", "null")]
    public void Three_stepped_runs_of_the_demo_script_dump_the_same_trees_and_draw_the_same_pixels(string engine, string backend)
    {
        var script = Path.Combine(BridgeProcess.RepositoryRoot, "bridge", "Bridge.Demo", "script.json");
        var manifest = Path.Combine(AppContext.BaseDirectory, "manifest.json"); // the demo's, beside its legacy bundle
        var outs = new List<string>();
        for (var run = 0; run < Runs; run++)
        {
            var outDir = Path.Combine(_dir, $"{engine}-{run}");
            var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", outDir,
                "--engine", engine, "--backend", backend, "--size", "640x360", "--pace", "stepped");
            Assert.True(code == 0, output);
            outs.Add(outDir);
        }

        var first = outs[0];
        var dumps = Directory.GetFiles(first, "*.tree.json");
        Assert.True(dumps.Length >= 10, $"the demo script wrote only {dumps.Length} tree dumps to {first}");
        Assert.Equal("details-play", Focused(TreeDumpFile.Load(Path.Combine(first, "details-1.tree.json"))));
        foreach (var other in outs.Skip(1))
        {
            foreach (var dump in dumps)
            {
                var name = Path.GetFileName(dump);
                Assert.True(File.ReadAllText(dump) == File.ReadAllText(Path.Combine(other, name)), $"{name} differs between {first} and {other}");
            }
            if (backend != "gles")
            {
                continue;
            }
            var shots = Directory.GetFiles(first, "*.png");
            Assert.NotEmpty(shots);
            foreach (var shot in shots)
            {
                var name = Path.GetFileName(shot);
                var diff = PixelDiff.Compare(shot, Path.Combine(other, name), tolerance: 0);
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
