using Bridge.Routing;
using Bridge.Schema;
using Microsoft.Data.Sqlite;

namespace Bridge.Migration.Tests.Results;

public sealed class ResultsStoreTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Runs_and_comparisons_accumulate_and_read_back_with_latency_verdicts_rollbacks_and_errors()
    {
        var first = Run(DateTimeOffset.Parse("2026-01-01T10:00:00Z"), nativeMs: 2);
        var second = Run(DateTimeOffset.Parse("2026-01-02T10:00:00Z"), nativeMs: 1) with
        {
            Errors = [new RunError("search", RunErrorKind.LegacyError, "TypeError: x is undefined")],
        };
        using (var store = ResultsStore.Open(_dir.Path))
        {
            store.AddRun(first);
            store.AddRun(second);
        }
        using (var store = ResultsStore.Open(_dir.Combine("compare-search")))
        {
            store.AddComparison(Comparison(), second.Info with { Started = DateTimeOffset.Parse("2026-01-03T10:00:00Z") }, _dir.Combine("compare-search"));
        }

        var history = ResultsHistory.Load(_dir.Path);

        Assert.Equal(["run", "run", "compare"], history.Runs.Select(r => r.Kind));
        // Runs of 10 keys: no p99, their max.
        Assert.Equal([("max", 2.0), ("max", 1.0), ("max", 1.3)], history.TailSeries("search", PagePath.Native).Select(p => (p.Statistic, p.Ms)));
        var verdict = Assert.Single(history.Verdicts("search")).Verdict;
        Assert.Equal(CompareVerdict.KeepLegacy, verdict.Verdict);
        Assert.Equal(["dump s: 2 node(s) differ, first at /view#home/view#rail-1[0]/view#tile-1[0] (backgroundColor: native #202830, legacy #ff0000)",
            "screenshot s: 3.52 % of pixels differ (32400 px), over the tolerance of 0.1 %"], verdict.Reasons);
        Assert.Equal(("search", "threw"), Assert.Single(history.Runs[1].Rollbacks));
        Assert.Equal(("search", "TypeError: x is undefined"), Assert.Single(history.Runs[1].Errors));
        Assert.Equal(_dir.Combine("compare-search"), history.Runs[2].Folder);
    }

    [Fact]
    public void A_file_that_is_not_a_results_store_is_refused_naming_it()
    {
        var path = _dir.File(ResultsStore.FileName, "not a database at all, just text that is long enough to be read as a header");

        var ex = Assert.Throws<MigrationFileException>(() => ResultsHistory.Load(_dir.Path));

        Assert.Equal(path, ex.File);
        Assert.StartsWith("not a results store", Assert.Single(ex.Errors));
    }

    [Fact]
    public void A_store_of_another_schema_version_is_refused()
    {
        var path = _dir.Combine(ResultsStore.FileName);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 7";
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<MigrationFileException>(() => ResultsStore.Open(_dir.Path));

        Assert.Equal(["results store schema version 7, expected 1"], ex.Errors);
    }

    internal static RunReport Run(DateTimeOffset started, long nativeMs)
    {
        var recorder = new LatencyRecorder(1000);
        var t = 0L;
        foreach (var (path, ms) in new[] { (PagePath.Native, nativeMs), (PagePath.Legacy, 6L) })
        {
            for (var i = 0; i < 5; i++)
            {
                t += 100;
                var id = recorder.Begin(KeyName.Right, "search", path, "v8", t);
                recorder.Committed(id, t + ms);
                recorder.Presented(id, t + 16);
            }
        }
        var rollback = new RollbackRecord("search", PagePath.Native, PagePath.Legacy, "threw", null, null, null, started);
        var info = new RunInfo("m.json", "s.json", "v8", "unpaced", ScreenSize.Default, started, TimeSpan.FromSeconds(1));
        return new RunReport(info, recorder, [rollback], []);
    }

    internal static CompareReport Comparison()
    {
        var tree = new NamedTreeDiff("s", TreeDiff.Compare(Trees.TreeSamples.Home(), Trees.TreeSamples.Home(tileColor: "#ff0000")));
        var pixels = new NamedPixelDiff("s", new PixelDiffResult(1280, 720, 32400, 8, 255));
        var native = new PathLatency(new LatencySummary(10, 1, 1.1, 1.2, 1.3), new LatencySummary(10, 9, 10, 11, 12));
        var legacy = new PathLatency(new LatencySummary(10, 5, 6, 7, 8), new LatencySummary(10, 15, 16, 17, 18));
        return new CompareReport("search", "v8", [tree], [pixels], native, legacy);
    }
}
