using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>The history of a results folder: every run and comparison in the results stores found in it (its own
/// results.db and those of its subfolders, where comparisons write theirs), oldest first.</summary>
public sealed class ResultsHistory
{
    private ResultsHistory(IReadOnlyList<StoredRun> runs) => Runs = runs;

    /// <summary>Every run and comparison, oldest first.</summary>
    public IReadOnlyList<StoredRun> Runs { get; }

    /// <summary>A history with nothing in it.</summary>
    public static ResultsHistory Empty { get; } = new([]);

    /// <summary>Reads every results.db under <paramref name="folder"/>; an absent folder has an empty history.</summary>
    /// <exception cref="MigrationFileException">A results.db is not a results store.</exception>
    public static ResultsHistory Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return Empty;
        }
        var runs = new List<StoredRun>();
        foreach (var file in Directory.EnumerateFiles(folder, ResultsStore.FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var store = ResultsStore.OpenReadOnly(file);
            runs.AddRange(store.ReadRuns());
        }
        return new ResultsHistory(runs.OrderBy(r => r.Started).ThenBy(r => r.Store, StringComparer.Ordinal).ThenBy(r => r.Id).ToList());
    }

    /// <summary>The comparisons of a page, oldest first.</summary>
    public IEnumerable<(StoredRun Run, StoredVerdict Verdict)> Verdicts(string page)
    {
        foreach (var run in Runs)
        {
            foreach (var v in run.Verdicts)
            {
                if (v.Page == page)
                {
                    yield return (run, v);
                }
            }
        }
    }

    /// <summary>The key-to-committed tail of a page's path (p99, or max under 1,000 keys: see
    /// <see cref="StoredRun.CommittedTail"/>) in every run or comparison that measured it, oldest first.</summary>
    public IEnumerable<(DateTimeOffset Time, string Statistic, double Ms)> TailSeries(string page, PagePath path)
    {
        foreach (var run in Runs)
        {
            if (run.CommittedTail(page, path) is { } tail)
            {
                yield return (run.Started, tail.Statistic, tail.Ms);
            }
        }
    }

    /// <summary>The last two runs or comparisons that measured a page (the latest first), for "since last run" figures.</summary>
    public (StoredRun? Latest, StoredRun? Previous) LastTwo(string page)
    {
        StoredRun? latest = null, previous = null;
        for (var i = Runs.Count - 1; i >= 0 && previous is null; i--)
        {
            var run = Runs[i];
            if (run.Latency.Any(l => l.Page == page) || run.Verdicts.Any(v => v.Page == page))
            {
                if (latest is null)
                {
                    latest = run;
                }
                else
                {
                    previous = run;
                }
            }
        }
        return (latest, previous);
    }
}
