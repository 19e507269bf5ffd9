using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>One run or comparison as the results store keeps it.</summary>
/// <param name="Store">The results.db file it came from.</param>
/// <param name="Id">Its id in that store.</param>
/// <param name="Kind">"run" or "compare".</param>
/// <param name="Started">When it started.</param>
/// <param name="Manifest">The manifest file.</param>
/// <param name="Script">The script file.</param>
/// <param name="Engine">The JS engine name ("none" without one).</param>
/// <param name="Pace">"vsync", "unpaced" or "stepped".</param>
/// <param name="Folder">A comparison's output folder (its screenshots and diff images), null for a run.</param>
public sealed record StoredRun(string Store, long Id, string Kind, DateTimeOffset Started, string Manifest, string Script, string Engine,
    string Pace, string? Folder)
{
    /// <summary>Latency summaries per page × path × engine × measure.</summary>
    public List<StoredLatency> Latency { get; } = [];

    /// <summary>The verdicts of a comparison (one).</summary>
    public List<StoredVerdict> Verdicts { get; } = [];

    /// <summary>Rollbacks: page and reason.</summary>
    public List<(string Page, string Reason)> Rollbacks { get; } = [];

    /// <summary>Errors: page (null when none was on screen) and message.</summary>
    public List<(string? Page, string Message)> Errors { get; } = [];

    /// <summary>The worst key-to-committed tail of a page's path in this run: the p99, or the max where fewer than
    /// <see cref="LatencySummary.MinimumForP99"/> keys were measured, named as such; null when it measured none.</summary>
    public (string Statistic, double Ms)? CommittedTail(string page, PagePath path)
    {
        (string Statistic, double Ms)? worst = null;
        foreach (var l in Latency)
        {
            if (l.Page == page && l.Path == path && l.Measure == "committed" && l.Summary.Count > 0 && !(l.Summary.TailMs <= worst?.Ms))
            {
                worst = (l.Summary.TailName, l.Summary.TailMs);
            }
        }
        return worst;
    }
}

/// <summary>A latency summary row of the results store.</summary>
/// <param name="Page">The page.</param>
/// <param name="Path">The path.</param>
/// <param name="Engine">The engine.</param>
/// <param name="Measure">"committed" (key to committed) or "present" (key to present).</param>
/// <param name="Summary">The summary in milliseconds.</param>
public sealed record StoredLatency(string Page, PagePath Path, string Engine, string Measure, LatencySummary Summary);

/// <summary>A verdict row of the results store.</summary>
/// <param name="Page">The compared page.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Reasons">Why it keeps legacy.</param>
/// <param name="DifferingNodes">Differing tree nodes.</param>
/// <param name="PixelShare">The largest share of differing pixels, or null.</param>
/// <param name="Ratio">Native p99 over legacy p99, or null.</param>
public sealed record StoredVerdict(string Page, CompareVerdict Verdict, IReadOnlyList<string> Reasons, int DifferingNodes, double? PixelShare,
    double? Ratio);
