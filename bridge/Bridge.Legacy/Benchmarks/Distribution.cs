using Bridge.Migration;

namespace Bridge.Legacy.Benchmarks;

/// <summary>Median, p99 and max of a series of samples; the p99 is null under <see cref="LatencySummary.MinimumForP99"/>
/// samples, where it would be the max under another name.</summary>
public readonly record struct Distribution(double Median, double? P99, double Max, int Count)
{
    /// <summary>Summarises samples (sorted in place).</summary>
    public static Distribution Of(List<double> samples)
    {
        if (samples.Count == 0)
        {
            return default;
        }
        samples.Sort();
        var p99 = samples.Count >= LatencySummary.MinimumForP99 ? At(samples, 0.99) : (double?)null;
        return new Distribution(At(samples, 0.5), p99, samples[^1], samples.Count);
    }

    private static double At(List<double> sorted, double quantile) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
