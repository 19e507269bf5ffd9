using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>One page of a manifest: its implementations, live path, fallback, optional latency budget and pixel tolerance.</summary>
/// <param name="Name">The key under "pages".</param>
/// <param name="Native">The registered C# page name ("native"), or null.</param>
/// <param name="Legacy">The page name a bundle registers ("legacy"), or null.</param>
/// <param name="Live">The path that runs ("live").</param>
/// <param name="Fallback">The path after a rollback ("fallback"), or null.</param>
/// <param name="BudgetP99Ms">The key-to-committed p99 budget in milliseconds ("budget": {"p99Ms"}), or null.</param>
public sealed record ManifestPage(string Name, string? Native, string? Legacy, PagePath Live, PagePath? Fallback,
    double? BudgetP99Ms)
{
    /// <summary>How far compared screenshots may differ ("pixels"); <see cref="PixelTolerance.Default"/> when not set.</summary>
    public PixelTolerance Pixels { get; init; } = PixelTolerance.Default;

    /// <summary>The implementations as the status table shows them: "native + legacy", "native" or "legacy".</summary>
    public string Implementations => (Native, Legacy) switch
    {
        (not null, not null) => "native + legacy",
        (not null, null) => "native",
        _ => "legacy",
    };

    /// <summary>The route the router uses for this page.</summary>
    public PageRoute ToRoute() => new(Name, Native, Legacy, Live, Fallback, BudgetP99Ms);
}
