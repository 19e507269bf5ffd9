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
/// <param name="P99">The 99th percentile.</param>
/// <param name="Max">The largest value.</param>
public readonly record struct LatencySummary(long Count, double P50, double P95, double P99, double Max)
{
    /// <summary>A summary of no values.</summary>
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0);
}
