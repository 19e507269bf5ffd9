using Bridge.Migration.Tests.Trees;

namespace Bridge.Migration.Tests.Comparison;

public sealed class CompareReportTests
{
    private static readonly PathLatency Fast = new(new LatencySummary(40, 0.5, 0.9, 1.2, 1.5), new LatencySummary(40, 9, 15, 16, 17));
    private static readonly PathLatency Slow = new(new LatencySummary(40, 3, 6, 8.4, 9), new LatencySummary(40, 16, 30, 33, 34));
    private static readonly PathLatency FastMany = new(new LatencySummary(1200, 0.5, 0.9, 1.2, 6), new LatencySummary(1200, 9, 15, 16, 30));
    private static readonly PathLatency SlowMany = new(new LatencySummary(1000, 3, 6, 8.4, 9), new LatencySummary(1000, 16, 30, 33, 34));
    private static readonly NamedPixelDiff Pixels = new("search-1", new PixelDiffResult(1280, 720, 9216, 8, 40));
    private static readonly NamedPixelDiff SamePixels = new("search-1", new PixelDiffResult(1280, 720, 3, 8, 40));

    [Fact]
    public void Matching_trees_and_faster_native_are_ready_to_retire_legacy()
    {
        var report = new CompareReport("search", "v8", [new("search-1", TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home()))], [SamePixels], Fast, Slow);

        Assert.Equal(CompareVerdict.ReadyToRetireLegacy, report.Verdict);
        Assert.Empty(report.Reasons);
        Assert.Equal("max", report.RatioStatistic);
        Assert.Equal(1.5 / 9, report.Ratio!.Value, 6);
    }

    [Fact]
    public void The_ratio_and_reasons_use_p99s_only_when_both_paths_have_1000_keys()
    {
        var tree = new NamedTreeDiff("s", TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home()));

        var both = new CompareReport("search", "v8", [tree], [SamePixels], SlowMany, FastMany);
        Assert.Equal("p99", both.RatioStatistic);
        Assert.Equal(8.4 / 1.2, both.Ratio!.Value, 6);
        Assert.Equal(["native is slower: key to committed p99 8.4 ms vs legacy 1.2 ms"], both.Reasons);

        // One path under 1,000 keys: no p99 to set beside the other's, so both maxima.
        var mixed = new CompareReport("search", "v8", [tree], [SamePixels], FastMany, Slow);
        Assert.Equal("max", mixed.RatioStatistic);
        Assert.Equal(6 / 9.0, mixed.Ratio!.Value, 6);
        Assert.Contains("\"measure\": \"key to committed max\"", mixed.ToJson());
        // Each path says which keys it measured: one play of the script unless they were sampled warm keys.
        Assert.Contains("\"keys\": \"script\"", mixed.ToJson());
        Assert.Contains("\"keys\": \"warm\"", new CompareReport("search", "v8", [tree], [SamePixels], FastMany with { Keys = "warm" }, Slow).ToJson());

        var budget = new CompareCriteria(PixelTolerance.Default, 5);
        Assert.Equal(["native is over its latency budget: key to committed p99 8.4 ms > 5 ms over 1000 keys"],
            new CompareReport("search", "v8", [tree], [SamePixels], SlowMany, Fast, budget).Reasons);
        Assert.DoesNotContain("p99", string.Join(" ", new CompareReport("search", "v8", [tree], [SamePixels], Slow, Fast, budget).Reasons));
    }

    [Fact]
    public void Differing_trees_keep_legacy_even_when_native_is_faster()
    {
        var diff = TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home(secondTitle: "Deux"));
        var report = new CompareReport("search", "v8", [new("search-1", diff)], [SamePixels], Fast, Slow);

        Assert.Equal(CompareVerdict.KeepLegacy, report.Verdict);
        Assert.Equal(["dump search-1: 1 node(s) differ, first at /view#home/view#rail-1[0]/view#tile-2[1]/text[1] (text: native Two, legacy Deux)"],
            report.Reasons);
    }

    [Fact]
    public void Slower_native_or_missing_measurements_keep_legacy()
    {
        var tree = new NamedTreeDiff("s", TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home()));

        var slower = new CompareReport("search", "v8", [tree], [SamePixels], Slow, Fast);
        Assert.Equal(["native is slower: key to committed max 9 ms vs legacy 1.5 ms"], slower.Reasons);

        var unmeasured = new CompareReport("search", "v8", [tree], [SamePixels], PathLatency.Of(null), Slow);
        Assert.Equal(["no key events measured on the native path"], unmeasured.Reasons);
        Assert.Null(unmeasured.Ratio);

        var unseen = new CompareReport("search", "v8", [], [], Fast, Slow);
        Assert.Equal(CompareVerdict.KeepLegacy, unseen.Verdict);
        Assert.Equal(["no tree dump was compared (add a dump step to the script)", "no screenshot was compared (add a screenshot step to the script)"],
            unseen.Reasons);
    }

    [Fact]
    public void A_manifest_budget_judges_native_latency_instead_of_legacy_p99()
    {
        var tree = new NamedTreeDiff("s", TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home()));

        var withinBudget = new CompareReport("search", "v8", [tree], [SamePixels], Slow, Fast, new CompareCriteria(PixelTolerance.Default, 10));
        Assert.Equal(CompareVerdict.ReadyToRetireLegacy, withinBudget.Verdict);

        var overBudget = new CompareReport("search", "v8", [tree], [SamePixels], Slow, Fast, new CompareCriteria(PixelTolerance.Default, 5));
        Assert.Equal(["native is over its latency budget: key to committed max 9 ms > 5 ms over 40 keys"], overBudget.Reasons);
    }

    [Fact]
    public void Pixels_over_the_page_tolerance_keep_legacy_with_a_pixel_reason_even_when_trees_match()
    {
        var tree = new NamedTreeDiff("s", TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home()));

        var report = new CompareReport("search", "v8", [tree], [Pixels], Fast, Slow);
        Assert.Equal(CompareVerdict.KeepLegacy, report.Verdict);
        Assert.Equal(["screenshot search-1: 1 % of pixels differ (9216 px), over the tolerance of 0.1 %"], report.Reasons);

        var tolerant = new CompareReport("search", "v8", [tree], [Pixels], Fast, Slow, new CompareCriteria(new PixelTolerance(0.05, 8), null));
        Assert.Equal(CompareVerdict.ReadyToRetireLegacy, tolerant.Verdict);
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
        Assert.Equal(0.166667, root.GetProperty("latency").GetProperty("ratio").GetDouble());
        Assert.Equal("keep-legacy", root.GetProperty("verdict").GetString());

        var outcome = CompareReport.ReadOutcome(path);
        Assert.Equal(new CompareOutcome("search", false, 3, 0.01, 0.166667, CompareVerdict.KeepLegacy) with
        {
            Reasons = outcome.Reasons, Screenshots = outcome.Screenshots, Folder = outcome.Folder, Written = outcome.Written,
        }, outcome);
        Assert.Equal(report.Reasons, outcome.Reasons);
        Assert.Equal(new ComparedScreenshot("search-1", 0.01, "search-1.native.png", "search-1.legacy.png", "search-1.diff.png"),
            Assert.Single(outcome.Screenshots));
        Assert.Equal(dir.Path, outcome.Folder);
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
