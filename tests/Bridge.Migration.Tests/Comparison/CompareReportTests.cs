using Bridge.Migration.Tests.Trees;

namespace Bridge.Migration.Tests.Comparison;

public sealed class CompareReportTests
{
    private static readonly PathLatency Fast = new(new LatencySummary(40, 0.5, 0.9, 1.2, 1.5), new LatencySummary(40, 9, 15, 16, 17));
    private static readonly PathLatency Slow = new(new LatencySummary(40, 3, 6, 8.4, 9), new LatencySummary(40, 16, 30, 33, 34));
    private static readonly NamedPixelDiff Pixels = new("search-1", new PixelDiffResult(1280, 720, 9216, 8, 40));

    [Fact]
    public void Matching_trees_and_faster_native_are_ready_to_retire_legacy()
    {
        var report = new CompareReport("search", "v8", [new("search-1", TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home()))], [Pixels], Fast, Slow);

        Assert.Equal(CompareVerdict.ReadyToRetireLegacy, report.Verdict);
        Assert.Empty(report.Reasons);
        Assert.Equal(1.2 / 8.4, report.Ratio!.Value, 6);
    }

    [Fact]
    public void Differing_trees_keep_legacy_even_when_native_is_faster()
    {
        var diff = TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home(secondTitle: "Deux"));
        var report = new CompareReport("search", "v8", [new("search-1", diff)], [], Fast, Slow);

        Assert.Equal(CompareVerdict.KeepLegacy, report.Verdict);
        Assert.Equal(["dump search-1: 1 node(s) differ, first at /view#home/view#rail-1[0]/view#tile-2[1]/text[1] (text)"], report.Reasons);
    }

    [Fact]
    public void Slower_native_or_missing_measurements_keep_legacy()
    {
        var tree = new NamedTreeDiff("s", TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home()));

        var slower = new CompareReport("search", "v8", [tree], [], Slow, Fast);
        Assert.Equal(["native is slower: p99 8.4 ms vs legacy 1.2 ms"], slower.Reasons);

        var unmeasured = new CompareReport("search", "v8", [tree], [], PathLatency.Of(null), Slow);
        Assert.Equal(["no key events measured on the native path"], unmeasured.Reasons);
        Assert.Null(unmeasured.Ratio);

        var undumped = new CompareReport("search", "v8", [], [], Fast, Slow);
        Assert.Equal(CompareVerdict.KeepLegacy, undumped.Verdict);
    }

    [Fact]
    public void Compare_json_holds_tree_pixels_latency_ratio_and_verdict()
    {
        using var dir = new TempDir();
        var diff = TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home(tileX: 310));
        var report = new CompareReport("search", "jint", [new("search-1", diff)], [Pixels], Fast, Slow);
        var path = dir.Combine("compare.json");

        report.Save(path);

        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        Assert.Equal(3, root.GetProperty("tree").GetProperty("differingNodes").GetInt32());
        Assert.Equal("x", root.GetProperty("tree").GetProperty("first").GetProperty("field").GetString());
        Assert.Equal(0.01, root.GetProperty("pixels").GetProperty("maxShare").GetDouble());
        Assert.Equal(8.4, root.GetProperty("latency").GetProperty("legacy").GetProperty("committed").GetProperty("p99").GetDouble());
        Assert.Equal(0.142857, root.GetProperty("latency").GetProperty("ratio").GetDouble());
        Assert.Equal("keep-legacy", root.GetProperty("verdict").GetString());

        var outcome = CompareReport.ReadOutcome(path);
        Assert.Equal(new CompareOutcome("search", false, 3, 0.01, 0.142857, CompareVerdict.KeepLegacy), outcome);
    }

    [Fact]
    public void Reading_something_else_as_a_compare_report_names_the_file()
    {
        using var dir = new TempDir();
        var path = dir.File("compare.json", """{"page": "x"}""");
        var ex = Assert.Throws<MigrationFileException>(() => CompareReport.ReadOutcome(path));
        Assert.Equal(path, ex.File);
        Assert.StartsWith("not a compare report", Assert.Single(ex.Errors));
    }
}
