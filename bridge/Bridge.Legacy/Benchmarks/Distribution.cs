namespace Bridge.Legacy.Benchmarks;

/// <summary>Median and p99 of a series of samples.</summary>
public readonly record struct Distribution(double Median, double P99, double Max, int Count)
{
    /// <summary>Summarises samples (sorted in place).</summary>
    public static Distribution Of(List<double> samples)
    {
        if (samples.Count == 0)
        {
            return default;
        }
        samples.Sort();
        return new Distribution(At(samples, 0.5), At(samples, 0.99), samples[^1], samples.Count);
    }

    private static double At(List<double> sorted, double quantile) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
