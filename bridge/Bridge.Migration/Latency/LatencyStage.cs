using System.Runtime.CompilerServices;

namespace Bridge.Migration;

/// <summary>The stages an input event goes through before its response is on screen, in order.</summary>
public enum LatencyStage : byte
{
    /// <summary>The C# handler on native pages; the JS handler plus the bus both ways on legacy pages.</summary>
    Handler = 0,

    /// <summary>Applying the batch or the signal updates to the ECS.</summary>
    Apply = 1,

    /// <summary>The layout system.</summary>
    Layout = 2,

    /// <summary>The animation system.</summary>
    Animation = 3,

    /// <summary>The resource system (images, fonts).</summary>
    Resources = 4,

    /// <summary>Building and submitting the draw list.</summary>
    Render = 5,

    /// <summary>Waiting for and doing the present (includes the vsync wait when paced).</summary>
    Present = 6,
}

/// <summary>Names and count of <see cref="LatencyStage"/>.</summary>
public static class LatencyStages
{
    /// <summary>The number of stages.</summary>
    public const int Count = 7;

    /// <summary>The report name of a stage ("handler", "apply", ...).</summary>
    public static string ToName(LatencyStage stage) => stage switch
    {
        LatencyStage.Handler => "handler",
        LatencyStage.Apply => "apply",
        LatencyStage.Layout => "layout",
        LatencyStage.Animation => "animation",
        LatencyStage.Resources => "resources",
        LatencyStage.Render => "render",
        LatencyStage.Present => "present",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "not a latency stage"),
    };
}

/// <summary>Milliseconds spent in each <see cref="LatencyStage"/>, stored inline.</summary>
[InlineArray(LatencyStages.Count)]
public struct LatencyStageTimes
{
    private double _first;
}

/// <summary>The summary of a latency distribution in milliseconds.</summary>
/// <param name="Count">The number of recorded values.</param>
/// <param name="P50">The median.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="P99">The 99th percentile (a real one only with <see cref="MinimumForP99"/> values: see <see cref="HasP99"/>).</param>
/// <param name="Max">The largest value.</param>
public readonly record struct LatencySummary(long Count, double P50, double P95, double P99, double Max)
{
    /// <summary>The values a p99 needs: 10 beyond it. With fewer, the "p99" is the largest value or next to it, so
    /// reports and verdicts use the max, named as such.</summary>
    public const int MinimumForP99 = 1000;

    /// <summary>A summary of no values.</summary>
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>True when there are enough values for <see cref="P99"/> to mean a 99th percentile.</summary>
    public bool HasP99 => Count >= MinimumForP99;

    /// <summary>The tail statistic these values can give: "p99" from <see cref="MinimumForP99"/> values on, otherwise "max".</summary>
    public string TailName => HasP99 ? "p99" : "max";

    /// <summary>The value of <see cref="TailName"/> in milliseconds.</summary>
    public double TailMs => HasP99 ? P99 : Max;
}
