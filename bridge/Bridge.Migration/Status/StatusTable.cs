using System.Globalization;
using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>One row of the migration table.</summary>
/// <param name="Page">The page.</param>
/// <param name="Implementations">"native + legacy", "native" or "legacy".</param>
/// <param name="Live">The live path, with the fallback when there is one ("native → legacy").</param>
/// <param name="Parity">What the last comparison found ("match", "3 nodes differ", "not compared", ...).</param>
/// <param name="Latency">Key-to-committed p99 per measured path (the max under 1,000 keys), e.g. "native p99 1.2 ms · legacy max 8.4 ms".</param>
/// <param name="Verdict">The last comparison's verdict, or null when never compared.</param>
public sealed record StatusRow(string Page, string Implementations, string Live, string Parity, string Latency, CompareVerdict? Verdict)
{
    /// <summary>What changed since the run before the latest, from the results stores: "native p99 1.4 → 1.2 ms" (max
    /// where a run had fewer than 1,000 keys), "no history".</summary>
    public string SinceLastRun { get; init; } = "no history";
}

/// <summary>The table <c>bridge status</c> prints: page, implementations, live path, parity, latency.</summary>
public sealed class StatusTable
{
    private StatusTable(IReadOnlyList<StatusRow> rows) => Rows = rows;

    /// <summary>The rows in manifest order.</summary>
    public IReadOnlyList<StatusRow> Rows { get; }

    /// <summary>Pages whose last comparison says the legacy implementation can be deleted.</summary>
    public IEnumerable<string> ReadyToRetire => Rows.Where(r => r.Verdict == CompareVerdict.ReadyToRetireLegacy).Select(r => r.Page);

    /// <summary>Builds the table from a manifest and, when available, compare outcomes by page, run summaries and the
    /// history of the results stores.</summary>
    public static StatusTable Build(Manifest manifest, IReadOnlyDictionary<string, CompareOutcome>? compares = null,
        IReadOnlyList<ReportSummary>? summaries = null, ResultsHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var rows = new List<StatusRow>();
        foreach (var page in manifest.Pages)
        {
            CompareOutcome? outcome = null;
            compares?.TryGetValue(page.Name, out outcome);
            var live = PagePaths.ToName(page.Live) + (page.Fallback is { } f ? " → " + PagePaths.ToName(f) : "");
            rows.Add(new StatusRow(page.Name, page.Implementations, live, Parity(page, outcome), Latency(page, summaries, outcome),
                outcome?.Verdict) { SinceLastRun = Since(page.Name, history ?? ResultsHistory.Empty) });
        }
        return new StatusTable(rows);
    }

    /// <summary>Reads every compare.json under a directory (recursively); for a page compared twice the newest file wins.</summary>
    /// <exception cref="MigrationFileException">A compare.json is not a compare report.</exception>
    public static IReadOnlyDictionary<string, CompareOutcome> LoadCompareOutcomes(string directory)
    {
        var outcomes = new Dictionary<string, (CompareOutcome Outcome, DateTime Written)>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            return new Dictionary<string, CompareOutcome>();
        }
        foreach (var file in Directory.EnumerateFiles(directory, CompareArtifacts.ReportFile, SearchOption.AllDirectories))
        {
            var outcome = CompareReport.ReadOutcome(file);
            var written = File.GetLastWriteTimeUtc(file);
            if (!outcomes.TryGetValue(outcome.Page, out var seen) || seen.Written < written)
            {
                outcomes[outcome.Page] = (outcome, written);
            }
        }
        return outcomes.ToDictionary(kv => kv.Key, kv => kv.Value.Outcome, StringComparer.Ordinal);
    }

    // The latest run against the one before it: p99 (max under 1,000 keys) per path and the verdict.
    private static string Since(string page, ResultsHistory history)
    {
        var parts = new List<string>();
        var measured = false;
        foreach (var path in (ReadOnlySpan<PagePath>)[PagePath.Native, PagePath.Legacy])
        {
            var series = history.TailSeries(page, path).ToList();
            measured |= series.Count > 0;
            if (series.Count >= 2)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{PagePaths.ToName(path)} {Tail(series[^2].Statistic, series[^1].Statistic)} {series[^2].Ms:0.##} → {series[^1].Ms:0.##} ms"));
            }
        }
        var verdicts = history.Verdicts(page).Select(v => v.Verdict.Verdict).ToList();
        if (verdicts.Count >= 2)
        {
            parts.Add(verdicts[^2] == verdicts[^1]
                ? "verdict unchanged"
                : $"verdict {CompareReport.VerdictName(verdicts[^2])} → {CompareReport.VerdictName(verdicts[^1])}");
        }
        return parts.Count > 0 ? string.Join(" · ", parts) : measured || verdicts.Count > 0 ? "first run" : "no history";
    }

    private static string Parity(ManifestPage page, CompareOutcome? outcome)
    {
        if (page.Native is null)
        {
            return "legacy only";
        }
        if (page.Legacy is null)
        {
            return "native only";
        }
        if (outcome is null)
        {
            return "not compared";
        }
        var trees = outcome.TreesMatch ? "match" : $"{outcome.DifferingNodes} node(s) differ";
        return outcome.PixelShare is { } share
            ? string.Create(CultureInfo.InvariantCulture, $"{trees}, {share:0.##%} pixels differ")
            : trees;
    }

    private static string Latency(ManifestPage page, IReadOnlyList<ReportSummary>? summaries, CompareOutcome? outcome)
    {
        var parts = new List<string>();
        foreach (var path in (ReadOnlySpan<PagePath>)[PagePath.Native, PagePath.Legacy])
        {
            var measured = summaries?.Where(s => s.Page == page.Name && s.Path == path && s.Committed.Count > 0).ToList();
            if (measured is { Count: > 0 })
            {
                var worst = measured.MaxBy(s => s.Committed.TailMs)!.Committed;
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{PagePaths.ToName(path)} {worst.TailName} {worst.TailMs:0.##} ms"));
            }
        }
        if (outcome?.Ratio is { } ratio)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"ratio {ratio:0.##}"));
        }
        return parts.Count == 0 ? "not measured" : string.Join(" · ", parts);
    }

    private static string Tail(string before, string after) => before == after ? before : $"{before} → {after}";
}
