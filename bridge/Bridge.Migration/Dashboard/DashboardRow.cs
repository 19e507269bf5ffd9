using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>One page of the migration dashboard.</summary>
/// <param name="Page">The manifest entry: implementations, live path, fallback, budget, pixel tolerance.</param>
/// <param name="Compare">The newest comparison of the page, or null when never compared.</param>
/// <param name="Native">The latest key-to-committed summary of the native path, or null when never measured.</param>
/// <param name="Legacy">The latest key-to-committed summary of the legacy path, or null.</param>
/// <param name="Rollbacks">Reasons of the page's rollbacks in the latest run.</param>
/// <param name="Errors">Errors reported on the page in the latest run.</param>
/// <param name="Verdicts">Every comparison's verdict, oldest first.</param>
/// <param name="NativeTail">Native key-to-committed p99 (max under 1,000 keys) per run, oldest first.</param>
/// <param name="LegacyTail">Legacy key-to-committed p99 (max under 1,000 keys) per run, oldest first.</param>
public sealed record DashboardRow(ManifestPage Page, CompareOutcome? Compare, LatencySummary? Native, LatencySummary? Legacy,
    IReadOnlyList<string> Rollbacks, IReadOnlyList<string> Errors, IReadOnlyList<(DateTimeOffset Time, CompareVerdict Verdict)> Verdicts,
    IReadOnlyList<(DateTimeOffset Time, string Statistic, double Ms)> NativeTail, IReadOnlyList<(DateTimeOffset Time, string Statistic, double Ms)> LegacyTail)
{
    /// <summary>The live path with its fallback: "native → legacy".</summary>
    public string LiveText => PagePaths.ToName(Page.Live) + (Page.Fallback is { } f ? " → " + PagePaths.ToName(f) : "");
}
