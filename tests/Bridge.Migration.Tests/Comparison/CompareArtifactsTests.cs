using Bridge.Migration.Tests.Trees;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.Migration.Tests.Comparison;

public sealed class CompareArtifactsTests
{
    [Fact]
    public void Comparison_is_built_from_the_dumps_and_screenshots_both_paths_wrote()
    {
        using var dir = new TempDir();
        var script = Script.Parse("""{"steps":[{"navigate":"search"},{"key":"right"},{"idle":true},{"dump":"s1"},{"screenshot":"s1"}]}""", "s");
        TreeDumpFile.Save(TreeSamples.Home(), dir.Combine(CompareArtifacts.Dump("s1", PagePath.Native)));
        TreeDumpFile.Save(TreeSamples.Home(), dir.Combine(CompareArtifacts.Dump("s1", PagePath.Legacy)));
        var image = new RgbaImage(8, 8, new byte[256]);
        image.SavePng(dir.Combine(CompareArtifacts.Screenshot("s1", PagePath.Native)));
        image.Pixels[0] = 255;
        image.SavePng(dir.Combine(CompareArtifacts.Screenshot("s1", PagePath.Legacy)));
        var recorder = new LatencyRecorder(1000);
        foreach (var (path, ms) in new[] { (PagePath.Native, 1L), (PagePath.Legacy, 5L) })
        {
            var id = recorder.Begin(KeyName.Right, "search", path, path == PagePath.Native ? LatencyRecorder.NoEngine : "v8", 10);
            recorder.Committed(id, 10 + ms);
            recorder.Presented(id, 26);
        }

        var report = CompareArtifacts.Build("search", "v8", dir.Path, script, recorder);

        Assert.Equal("s1.native.tree.json", CompareArtifacts.Dump("s1", PagePath.Native));
        Assert.True(Assert.Single(report.Trees).Diff.Matches);
        Assert.Equal(1, Assert.Single(report.Pixels).Diff.DifferingPixels);
        Assert.Equal(0.2, report.Ratio!.Value, 2);
        // One pixel in 64 is over the default tolerance of 0.1 %; a page that allows 2 % is ready.
        Assert.Equal(CompareVerdict.KeepLegacy, report.Verdict);
        Assert.Equal(["screenshot s1: 1.56 % of pixels differ (1 px), over the tolerance of 0.1 %"], report.Reasons);
        var lenient = CompareArtifacts.Build("search", "v8", dir.Path, script, recorder, new CompareCriteria(new PixelTolerance(0.02, 8), null));
        Assert.Equal(CompareVerdict.ReadyToRetireLegacy, lenient.Verdict);
        var diff = RgbaImage.LoadPng(dir.Combine(CompareArtifacts.DiffImage("s1")));
        Assert.Equal((8, 8), (diff.Width, diff.Height));
        Assert.Equal(new byte[] { 255, 0, 255, 255 }, diff.Pixels[..4]);
    }

    [Fact]
    public void Missing_dump_of_one_path_names_the_file()
    {
        using var dir = new TempDir();
        var script = Script.Parse("""{"steps":[{"dump":"s1"}]}""", "s");
        TreeDumpFile.Save(TreeSamples.Home(), dir.Combine("s1.native.tree.json"));

        var ex = Assert.Throws<MigrationFileException>(() => CompareArtifacts.Build("search", "v8", dir.Path, script, new LatencyRecorder()));

        Assert.Equal(dir.Combine("s1.legacy.tree.json"), ex.File);
    }
}
