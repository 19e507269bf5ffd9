using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>A native page whose key-to-committed p99 (or max, under <see cref="LatencySummary.MinimumForP99"/> events) is
/// over the budget its manifest entry sets.</summary>
/// <param name="Page">The manifest name of the page.</param>
/// <param name="Statistic">What was judged: "p99", or "max" when there were too few events for a p99.</param>
/// <param name="Ms">The measured value of <paramref name="Statistic"/>.</param>
/// <param name="BudgetMs">The budget.</param>
/// <param name="Samples">The events measured.</param>
public sealed record BudgetBreach(string Page, string Statistic, double Ms, double BudgetMs, long Samples)
{
    /// <summary>The rollback reason as logged and reported.</summary>
    public string Reason => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"latency budget broken: key to committed {Statistic} {Ms:0.##} ms > {BudgetMs:0.##} ms over {Samples} events");
}

/// <summary>Finds native pages that break their manifest latency budget, so the router can roll them back.</summary>
/// <remarks>The budget is on key to committed (not present), so vsync waits do not count against a page. It is judged
/// on the p99 from <see cref="LatencySummary.MinimumForP99"/> events on; with fewer, on the max (which is what a p99 of
/// so few events would be), named as such.</remarks>
public sealed class LatencyBudgetPolicy(RouteTable routes, int minimumSamples = 20)
{
    /// <summary>The breaches on the native path, over pages with a budget and at least <c>minimumSamples</c> events.</summary>
    public IReadOnlyList<BudgetBreach> FindBreaches(LatencyRecorder recorder)
    {
        var breaches = new List<BudgetBreach>();
        foreach (var group in recorder.Groups)
        {
            if (group.Path != PagePath.Native || !routes.TryGet(group.Page, out var route) || route.BudgetP99Ms is not { } budget)
            {
                continue;
            }
            var summary = group.CommittedSummary;
            if (summary.Count >= minimumSamples && summary.TailMs > budget)
            {
                breaches.Add(new BudgetBreach(group.Page, summary.TailName, summary.TailMs, budget, summary.Count));
            }
        }
        return breaches;
    }

    /// <summary>Rolls back every page that breaks its budget and has not been rolled back yet; returns the new records.</summary>
    public IReadOnlyList<RollbackRecord> Enforce(Router router, LatencyRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(router);
        var records = new List<RollbackRecord>();
        foreach (var breach in FindBreaches(recorder))
        {
            if (!router.IsRolledBack(breach.Page) && router.PathOf(breach.Page) != PagePath.Legacy)
            {
                records.Add(router.Rollback(breach.Page, breach.Reason));
            }
        }
        return records;
    }
}
