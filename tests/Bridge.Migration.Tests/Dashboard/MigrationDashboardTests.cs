using System.Text.RegularExpressions;
using Bridge.Migration.Tests.Results;
using Bridge.Routing;

namespace Bridge.Migration.Tests.Dashboard;

public sealed class MigrationDashboardTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Manifest _manifest;

    public MigrationDashboardTests()
    {
        _dir.File("app.js", "");
        _manifest = Manifest.Load(_dir.File("m.json", """
            {"start": "home", "bundles": ["app.js"],
             "pages": {"home":   {"native": "Home", "legacy": "home", "live": "native", "fallback": "legacy", "budget": {"p99Ms": 4}},
                       "search": {"native": "Search", "legacy": "search", "live": "compare", "pixels": {"maxShare": 0.01}},
                       "player": {"legacy": "player", "live": "legacy"}}}
            """));
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_page_has_a_row_with_verdict_reasons_latency_history_rollbacks_and_errors()
    {
        var results = _dir.Combine("out");
        var compareDir = Path.Combine(results, "compare-search");
        Directory.CreateDirectory(compareDir);
        WriteComparisonImages(compareDir);
        var comparison = ResultsStoreTests.Comparison();
        comparison.Save(Path.Combine(compareDir, CompareArtifacts.ReportFile));
        var run = ResultsStoreTests.Run(DateTimeOffset.Parse("2026-01-01T10:00:00Z"), nativeMs: 2) with
        {
            Errors = [new RunError("search", RunErrorKind.LegacyError, "TypeError: boom")],
        };
        using (var store = ResultsStore.Open(results))
        {
            store.AddRun(run);
            store.AddRun(ResultsStoreTests.Run(DateTimeOffset.Parse("2026-01-02T10:00:00Z"), nativeMs: 1));
        }
        using (var store = ResultsStore.Open(compareDir))
        {
            store.AddComparison(comparison, run.Info with { Started = DateTimeOffset.Parse("2026-01-03T10:00:00Z") }, compareDir);
        }

        var dashboard = MigrationDashboard.Build(_manifest, results);
        var html = dashboard.ToHtmlDocument();

        Assert.Equal(["home", "search", "player"], dashboard.Rows.Select(r => r.Page.Name));
        Assert.Equal(["home", "search", "player"], Regex.Matches(html, "<tr class=\"page-row\" data-page=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("keep-legacy", html);
        Assert.Contains("screenshot s: 3.52 % of pixels differ (32400 px), over the tolerance of 0.1 %", html);
        Assert.Contains("p99 ≤ 4 ms", html);
        Assert.Contains("native p50 1 · max 1.3 ms (10 keys)", html); // 10 keys: no p99, the max named as such, and the count beside it
        Assert.Contains("legacy only", html);
        var search = dashboard.Rows[1];
        Assert.Equal([2.0, 1.0, 1.3], search.NativeTail.Select(p => p.Ms));
        Assert.Empty(search.Errors); // the latest run reported none; the first one's error is history
        Assert.Equal(["threw"], search.Rollbacks);
        // Native, legacy and the diff of the one compared screenshot, embedded; no network.
        Assert.Equal(3, Regex.Matches(html, "<img class=\"dash-shot\" alt=\"[^\"]+\" src=\"data:image/png;base64,").Count);
        Assert.Contains("difference (magenta)", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    [Fact]
    public void History_plot_labels_the_axes_once_each_at_the_ends()
    {
        var t0 = DateTimeOffset.Parse("2026-01-01T10:00:00Z");
        var native = Enumerable.Range(0, 12).Select(i => (t0.AddHours(i), "p99", 1.0 + i % 3)).ToList();
        var legacy = Enumerable.Range(0, 12).Select(i => (t0.AddHours(i), "max", 8.0 + i % 2)).ToList();

        var svg = SvgCharts.History(native, legacy, 16.7);

        var labels = Regex.Matches(svg, "<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*text-anchor=\"(start|end|middle)\">([^<]+)</text>")
            .Select(m => (X: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                Y: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Anchor: m.Groups[3].Value, Text: m.Groups[4].Value))
            .ToList();
        Assert.Equal(["20", "0", t0.ToLocalTime().ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            t0.AddHours(11).ToLocalTime().ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)], labels.Select(l => l.Text));
        // The two x labels sit on one line, anchored at opposite ends of a 198 px axis: 11 characters of 10 px text each fit.
        Assert.Equal(labels[2].Y, labels[3].Y);
        Assert.True(labels[3].X - labels[2].X >= 2 * 11 * 6, svg);
        Assert.True(labels[1].Y - labels[0].Y >= 12, svg);
        Assert.Equal(24, Regex.Matches(svg, "<circle ").Count);
    }

    [Fact]
    public void Status_tells_what_changed_since_the_run_before()
    {
        var results = _dir.Combine("out");
        using (var store = ResultsStore.Open(results))
        {
            store.AddRun(ResultsStoreTests.Run(DateTimeOffset.Parse("2026-01-01T10:00:00Z"), nativeMs: 2));
            store.AddRun(ResultsStoreTests.Run(DateTimeOffset.Parse("2026-01-02T10:00:00Z"), nativeMs: 1));
        }

        var table = StatusTable.Build(_manifest, history: ResultsHistory.Load(results));

        Assert.Equal("native max 2 → 1 ms · legacy max 6 → 6 ms", table.Rows[1].SinceLastRun); // 5 keys a run: no p99
        Assert.Equal("no history", table.Rows[0].SinceLastRun);
    }

    private static void WriteComparisonImages(string folder)
    {
        var native = new RgbaImage(8, 8, Enumerable.Repeat((byte)200, 256).ToArray());
        var legacy = new RgbaImage(8, 8, Enumerable.Repeat((byte)200, 256).ToArray());
        legacy.Pixels[0] = 0;
        native.SavePng(Path.Combine(folder, "s.native.png"));
        legacy.SavePng(Path.Combine(folder, "s.legacy.png"));
        DiffImage.Create(native, legacy).SavePng(Path.Combine(folder, "s.diff.png"));
    }
}
