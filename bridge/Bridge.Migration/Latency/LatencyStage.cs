using System.Runtime.CompilerServices;

namespace Bridge.Migration;

/// <summary>The stages an input event goes through before its response is on screen, in order.</summary>
public enum LatencyStage : byte
{
    /// <summary>The host's part before the response is applied: the C# handlers on native pages; on legacy pages the wait
    /// for the frame that takes the key, the input stage, and the hand-offs between the UI thread and the JS runtime (waking
    /// its thread or process and being woken by its answer), that is everything before apply that is not one of the stages
    /// below.</summary>
    Handler = 0,

    /// <summary>Encoding the key event for JS and posting it (legacy pages).</summary>
    BusEncode = 1,

    /// <summary>JS: the runtime's pumps that produced the batches answering the key, measured where the script runs
    /// (decoding the event and encoding the ops in JS included); legacy pages.</summary>
    Js = 2,

    /// <summary>Decoding the answering batches on the UI thread (legacy pages).</summary>
    BusDecode = 3,

    /// <summary>Applying the batch (validation included) or the signal updates to the ECS.</summary>
    Apply = 4,

    /// <summary>The layout system.</summary>
    Layout = 5,

    /// <summary>The animation system.</summary>
    Animation = 6,

    /// <summary>The resource system (images, fonts).</summary>
    Resources = 7,

    /// <summary>Building and submitting the draw list.</summary>
    Render = 8,

    /// <summary>Waiting for and doing the present (includes the vsync wait when paced).</summary>
    Present = 9,
}

/// <summary>Names and count of <see cref="LatencyStage"/>.</summary>
public static class LatencyStages
{
    /// <summary>The number of stages.</summary>
    public const int Count = 10;

    /// <summary>The report name of a stage ("handler", "bus-encode", "js", "bus-decode", "apply", ...).</summary>
    public static string ToName(LatencyStage stage) => stage switch
    {
        LatencyStage.Handler => "handler",
        LatencyStage.BusEncode => "bus-encode",
        LatencyStage.Js => "js",
        LatencyStage.BusDecode => "bus-decode",
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
