namespace Bridge.Migration;

/// <summary>The verdict of a comparison.</summary>
public enum CompareVerdict : byte
{
    /// <summary>Keep the legacy page: trees differ, native is slower, or something was not measured.</summary>
    KeepLegacy = 1,

    /// <summary>Trees match and native is not slower: the legacy page can be deleted.</summary>
    ReadyToRetireLegacy = 2,
}

/// <summary>The latency of one path of a compared page.</summary>
/// <param name="Committed">Key to committed.</param>
/// <param name="Present">Key to present.</param>
public sealed record PathLatency(LatencySummary Committed, LatencySummary Present)
{
    /// <summary>The summaries of a recorder group, or empty summaries when the path recorded nothing.</summary>
    public static PathLatency Of(LatencyGroup? group) => group is null
        ? new PathLatency(LatencySummary.Empty, LatencySummary.Empty)
        : new PathLatency(group.CommittedSummary, group.PresentSummary);
}

/// <summary>A tree diff of one dump the script asked for.</summary>
/// <param name="Name">The dump name (NAME.tree.json).</param>
/// <param name="Diff">The comparison of the two paths' trees.</param>
public sealed record NamedTreeDiff(string Name, TreeDiffResult Diff);

/// <summary>A pixel diff of one screenshot the script asked for.</summary>
/// <param name="Name">The screenshot name (NAME.png).</param>
/// <param name="Diff">The comparison of the two paths' pixels.</param>
public sealed record NamedPixelDiff(string Name, PixelDiffResult Diff);

/// <summary>What <c>bridge status</c> needs from a compare.json.</summary>
/// <param name="Page">The compared page.</param>
/// <param name="TreesMatch">True when every dump matched.</param>
/// <param name="DifferingNodes">Differing nodes over all dumps.</param>
/// <param name="PixelShare">The largest share of differing pixels over the screenshots, or null without screenshots.</param>
/// <param name="Ratio">Native p99 over legacy p99 (key to committed), or null when a path has no events.</param>
/// <param name="Verdict">The verdict.</param>
public sealed record CompareOutcome(string Page, bool TreesMatch, int DifferingNodes, double? PixelShare, double? Ratio,
    CompareVerdict Verdict);
