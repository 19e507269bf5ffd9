namespace Bridge.Migration;

/// <summary>The verdict of a comparison.</summary>
public enum CompareVerdict : byte
{
    /// <summary>Keep the legacy page: trees or pixels differ, native is over its latency budget, or something was not measured.</summary>
    KeepLegacy = 1,

    /// <summary>Trees match, pixels are within tolerance and native is within its latency budget: the legacy page can be deleted.</summary>
    ReadyToRetireLegacy = 2,
}

/// <summary>The latency of one path of a compared page.</summary>
/// <param name="Committed">Key to committed.</param>
/// <param name="Present">Key to present.</param>
public sealed record PathLatency(LatencySummary Committed, LatencySummary Present)
{
    /// <summary>Which keys were measured: "script" (each key of one play of the script) or "warm" (the keys after the
    /// first on a mounted page, from rounds played until each path had the keys asked for).</summary>
    public string Keys { get; init; } = "script";

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
public sealed record NamedPixelDiff(string Name, PixelDiffResult Diff)
{
    /// <summary>The native screenshot, relative to the comparison's folder.</summary>
    public string NativeFile => CompareArtifacts.Screenshot(Name, Routing.PagePath.Native);

    /// <summary>The legacy screenshot, relative to the comparison's folder.</summary>
    public string LegacyFile => CompareArtifacts.Screenshot(Name, Routing.PagePath.Legacy);

    /// <summary>The diff image (differing pixels highlighted), relative to the comparison's folder.</summary>
    public string DiffFile => CompareArtifacts.DiffImage(Name);
}

/// <summary>What a comparison is judged against: the page's pixel tolerance and native latency budget.</summary>
/// <param name="Pixels">How far screenshots may differ.</param>
/// <param name="BudgetP99Ms">The manifest's key-to-committed p99 budget; null judges native against legacy's p99 (a
/// native page may not be slower than the page it replaces).</param>
public sealed record CompareCriteria(PixelTolerance Pixels, double? BudgetP99Ms)
{
    /// <summary>Default pixel tolerance, no manifest budget.</summary>
    public static CompareCriteria Default { get; } = new(PixelTolerance.Default, null);

    /// <summary>The criteria a manifest page sets.</summary>
    public static CompareCriteria Of(ManifestPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new CompareCriteria(page.Pixels, page.BudgetP99Ms);
    }
}

/// <summary>What <c>bridge status</c> and the dashboard need from a compare.json.</summary>
/// <param name="Page">The compared page.</param>
/// <param name="TreesMatch">True when every dump matched.</param>
/// <param name="DifferingNodes">Differing nodes over all dumps.</param>
/// <param name="PixelShare">The largest share of differing pixels over the screenshots, or null without screenshots.</param>
/// <param name="Ratio">Native over legacy, key to committed: of the p99s when both paths have 1,000 keys, otherwise of the
/// maxima; null when a path has no events.</param>
/// <param name="Verdict">The verdict.</param>
public sealed record CompareOutcome(string Page, bool TreesMatch, int DifferingNodes, double? PixelShare, double? Ratio,
    CompareVerdict Verdict)
{
    /// <summary>Why the verdict is keep-legacy; empty when ready.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The compared screenshots with their files, relative to <see cref="Folder"/>.</summary>
    public IReadOnlyList<ComparedScreenshot> Screenshots { get; init; } = [];

    /// <summary>The folder of the compare.json, or null for an outcome not read from a file.</summary>
    public string? Folder { get; init; }

    /// <summary>When the compare.json was written (UTC), or null.</summary>
    public DateTime? Written { get; init; }
}

/// <summary>One compared screenshot as a compare.json lists it.</summary>
/// <param name="Name">The screenshot name.</param>
/// <param name="Share">The share of differing pixels.</param>
/// <param name="Native">The native screenshot file, relative to the comparison's folder.</param>
/// <param name="Legacy">The legacy screenshot file.</param>
/// <param name="Diff">The diff image file.</param>
public sealed record ComparedScreenshot(string Name, double Share, string Native, string Legacy, string Diff);
