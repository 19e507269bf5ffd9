using Bridge.Routing;

namespace Bridge.Migration.Tests.Status;

public sealed class StatusTableTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Manifest _manifest;

    public StatusTableTests()
    {
        _dir.File("app.js", "");
        _manifest = Manifest.Load(_dir.File("m.json", """
            {"start": "home", "bundles": ["app.js"],
             "pages": {"home":    {"native": "Home", "legacy": "home", "live": "native", "fallback": "legacy"},
                       "details": {"legacy": "details", "live": "legacy"},
                       "search":  {"native": "Search", "legacy": "search", "live": "compare"},
                       "settings": {"native": "Settings", "live": "native"}}}
            """));
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Rows_show_implementations_live_path_parity_and_latency()
    {
        var compares = new Dictionary<string, CompareOutcome>
        {
            ["search"] = new("search", true, 0, 0.004, 0.25, CompareVerdict.ReadyToRetireLegacy),
            ["home"] = new("home", false, 3, null, 0.5, CompareVerdict.KeepLegacy),
        };
        var summaries = new[]
        {
            new ReportSummary("search", PagePath.Native, "v8", new LatencySummary(30, 1, 1.5, 2.1, 3), LatencySummary.Empty),
            new ReportSummary("search", PagePath.Legacy, "v8", new LatencySummary(30, 5, 7, 8.4, 9), LatencySummary.Empty),
        };

        var table = StatusTable.Build(_manifest, compares, summaries);

        Assert.Equal(
        [
            new StatusRow("home", "native + legacy", "native → legacy", "3 node(s) differ", "ratio 0.5", CompareVerdict.KeepLegacy),
            new StatusRow("details", "legacy", "legacy", "legacy only", "not measured", null),
            new StatusRow("search", "native + legacy", "compare", "match, 0.4% pixels differ", "native max 3 ms · legacy max 9 ms · ratio 0.25",
                CompareVerdict.ReadyToRetireLegacy),
            new StatusRow("settings", "native", "native", "native only", "not measured", null),
        ], table.Rows);
        Assert.Equal(["search"], table.ReadyToRetire);
    }

    [Fact]
    public void Compare_outcomes_are_collected_from_a_directory_tree_newest_first()
    {
        var tree = new NamedTreeDiff("s1", TreeDiff.Compare(Trees.TreeSamples.Home(), Trees.TreeSamples.Home()));
        var latency = new PathLatency(new LatencySummary(10, 1, 1, 1, 1), LatencySummary.Empty);
        var same = new NamedPixelDiff("s1", new PixelDiffResult(8, 8, 0, 8, 0));
        var old = new CompareReport("search", "v8", [tree], [same], latency, latency with { Committed = new LatencySummary(10, 0.5, 0.5, 0.5, 0.5) });
        var fresh = new CompareReport("search", "v8", [tree], [same], latency, latency);
        Directory.CreateDirectory(_dir.Combine("runs/a"));
        Directory.CreateDirectory(_dir.Combine("runs/b"));
        old.Save(_dir.Combine("runs/a/compare.json"));
        fresh.Save(_dir.Combine("runs/b/compare.json"));
        File.SetLastWriteTimeUtc(_dir.Combine("runs/a/compare.json"), DateTime.UtcNow.AddHours(-1));

        var outcomes = StatusTable.LoadCompareOutcomes(_dir.Combine("runs"));

        Assert.Equal(CompareVerdict.ReadyToRetireLegacy, Assert.Single(outcomes).Value.Verdict);
        Assert.Empty(StatusTable.LoadCompareOutcomes(_dir.Combine("nowhere")));
    }

    [Fact]
    public void Page_never_compared_says_so()
    {
        Assert.Equal("not compared", StatusTable.Build(_manifest).Rows[0].Parity);
    }
}
