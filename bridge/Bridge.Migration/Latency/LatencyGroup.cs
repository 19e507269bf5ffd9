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
            points.Add((p, histogram.GetValueAtPercentile(p) / 1000.0));
        }
        return points;
    }

    /// <summary>Summarizes a histogram of microseconds in milliseconds.</summary>
    public static LatencySummary Summarize(LongHistogram histogram) => histogram.TotalCount == 0
        ? LatencySummary.Empty
        : new LatencySummary(histogram.TotalCount, histogram.GetValueAtPercentile(50) / 1000.0,
            histogram.GetValueAtPercentile(95) / 1000.0, histogram.GetValueAtPercentile(99) / 1000.0,
            histogram.GetMaxValue() / 1000.0);

    internal static long ToMicros(double ms) => Math.Clamp((long)Math.Round(ms * 1000.0), 1, HighestTrackableMicros);

    internal void RecordCommitted(double ms) => Committed.RecordValue(ToMicros(ms));

    internal void RecordPresent(double ms, ref StageTimes stages)
    {
        Present.RecordValue(ToMicros(ms));
        for (var i = 0; i < LatencyStages.Count; i++)
        {
            _stageSums[i] += stages[i];
        }
    }
}
