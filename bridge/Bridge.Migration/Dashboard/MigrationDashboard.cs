using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>Where the migration stands: one row per manifest page with its last verdict and reasons, latency per path
/// over time, rollbacks and errors, and each compared page's screenshots beside their diff image.</summary>
/// <remarks>Built from a results folder: the newest compare.json per page under it, and the history of the results
/// stores (results.db) under it. <c>bridge status --html</c> writes it alone; every report.html starts with it.</remarks>
public sealed class MigrationDashboard
{
    private MigrationDashboard(Manifest manifest, string folder, IReadOnlyList<DashboardRow> rows, ResultsHistory history)
    {
        Manifest = manifest;
        Folder = folder;
        Rows = rows;
        History = history;
    }

    /// <summary>The manifest the rows follow.</summary>
    public Manifest Manifest { get; }

    /// <summary>The results folder read.</summary>
    public string Folder { get; }

    /// <summary>One row per manifest page, in manifest order.</summary>
    public IReadOnlyList<DashboardRow> Rows { get; }

    /// <summary>The runs and comparisons behind the rows.</summary>
    public ResultsHistory History { get; }

    /// <summary>Builds the dashboard of a manifest from a results folder.</summary>
    /// <exception cref="MigrationFileException">A compare.json or results.db under the folder cannot be read.</exception>
    public static MigrationDashboard Build(Manifest manifest, string resultsFolder)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var folder = Path.GetFullPath(resultsFolder);
        var compares = StatusTable.LoadCompareOutcomes(folder);
        var history = ResultsHistory.Load(folder);
        var lastRun = history.Runs.LastOrDefault(r => r.Kind == "run");
        var rows = new List<DashboardRow>();
        foreach (var page in manifest.Pages)
        {
            compares.TryGetValue(page.Name, out var compare);
            rows.Add(new DashboardRow(page, compare, Latest(history, page.Name, PagePath.Native), Latest(history, page.Name, PagePath.Legacy),
                lastRun?.Rollbacks.Where(r => r.Page == page.Name).Select(r => r.Reason).ToList() ?? [],
                lastRun?.Errors.Where(e => e.Page == page.Name).Select(e => e.Message).ToList() ?? [],
                history.Verdicts(page.Name).Select(v => (v.Run.Started, v.Verdict.Verdict)).ToList(),
                history.TailSeries(page.Name, PagePath.Native).ToList(), history.TailSeries(page.Name, PagePath.Legacy).ToList()));
        }
        return new MigrationDashboard(manifest, folder, rows, history);
    }

    /// <summary>The dashboard as a whole HTML document.</summary>
    public string ToHtmlDocument() => DashboardHtml.Document(this);

    /// <summary>The dashboard as a section to put at the top of another page (report.html), with its own styles.</summary>
    public string ToHtmlSection() => DashboardHtml.Section(this);

    /// <summary>Writes the dashboard as a self-contained HTML file (images embedded).</summary>
    public void Save(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        AtomicFile.WriteAllText(full, ToHtmlDocument());
    }

    private static LatencySummary? Latest(ResultsHistory history, string page, PagePath path)
    {
        for (var i = history.Runs.Count - 1; i >= 0; i--)
        {
            var measured = history.Runs[i].Latency
                .Where(l => l.Page == page && l.Path == path && l.Measure == "committed" && l.Summary.Count > 0)
                .OrderByDescending(l => l.Summary.P99)
                .FirstOrDefault();
            if (measured is not null)
            {
                return measured.Summary;
            }
        }
        return null;
    }
}
