using Bridge.Routing;
using HdrHistogram;

namespace Bridge.Migration;

/// <summary>The histograms of one page × path × engine.</summary>
public sealed class LatencyGroup
{
    /// <summary>The largest latency a histogram tracks, in microseconds (one minute); larger values are clamped.</summary>
    public const long HighestTrackableMicros = 60_000_000;

    private readonly double[] _stageSums = new double[LatencyStages.Count];

    internal LatencyGroup(string page, PagePath path, string engine)
    {
        Page = page;
        Path = path;
        Engine = engine;
    }

    /// <summary>The manifest name of the page.</summary>
    public string Page { get; }

    /// <summary>The path (native or legacy).</summary>
    public PagePath Path { get; }

    /// <summary>The engine name.</summary>
    public string Engine { get; }

    /// <summary>Key to committed, in microseconds.</summary>
    public LongHistogram Committed { get; } = new(1, HighestTrackableMicros, 3);

    /// <summary>Key to present, in microseconds.</summary>
    public LongHistogram Present { get; } = new(1, HighestTrackableMicros, 3);

    /// <summary>The mean milliseconds per stage over the presented events of the group.</summary>
    public double StageMeanMs(LatencyStage stage) => Present.TotalCount == 0 ? 0 : _stageSums[(int)stage] / Present.TotalCount;

    /// <summary>The committed summary in milliseconds.</summary>
    public LatencySummary CommittedSummary => Summarize(Committed);

    /// <summary>The present summary in milliseconds.</summary>
    public LatencySummary PresentSummary => Summarize(Present);

    /// <summary>Points (percentile, milliseconds) of a histogram for plotting its distribution.</summary>
    public static IReadOnlyList<(double Percentile, double Ms)> Distribution(LongHistogram histogram)
    {
        var points = new List<(double, double)>();
        if (histogram.TotalCount == 0)
        {
            return points;
        }
        foreach (var p in (ReadOnlySpan<double>)[0, 10, 25, 50, 75, 90, 95, 99, 99.9, 100])
        {
            points.Add((p, At(histogram, p)));
        }
        return points;
    }

    /// <summary>Summarizes a histogram of microseconds in milliseconds.</summary>
    /// <remarks>HdrHistogram keeps 3 significant digits, so values are rounded to 3 significant digits: a latency of
    /// exactly 17 ms reads 17, not its bucket's bound 16.992 or 17.008.</remarks>
    public static LatencySummary Summarize(LongHistogram histogram) => histogram.TotalCount == 0
        ? LatencySummary.Empty
        : new LatencySummary(histogram.TotalCount, At(histogram, 50), At(histogram, 95), At(histogram, 99),
            Significant(histogram.GetMaxValue()));

    /// <summary>The value at a percentile in milliseconds, to 3 significant digits.</summary>
    public static double At(LongHistogram histogram, double percentile) => Significant(histogram.GetValueAtPercentile(percentile));

    private static double Significant(long micros)
    {
        if (micros < 1000)
        {
            return micros / 1000.0;
        }
        var scale = Math.Pow(10, Math.Floor(Math.Log10(micros)) - 2);
        return Math.Round(micros / scale) * scale / 1000.0;
    }

    internal static long ToMicros(double ms) => Math.Clamp((long)Math.Round(ms * 1000.0), 1, HighestTrackableMicros);

    internal void RecordCommitted(double ms) => Committed.RecordValue(ToMicros(ms));

    internal void RecordPresent(double ms, ref LatencyStageTimes stages)
    {
        Present.RecordValue(ToMicros(ms));
        for (var i = 0; i < LatencyStages.Count; i++)
        {
            _stageSums[i] += stages[i];
        }
    }
}
