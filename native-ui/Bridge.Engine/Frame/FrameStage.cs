using System.Runtime.CompilerServices;

namespace Bridge.Engine.Frame;

/// <summary>The stages of a frame, in the order they run.</summary>
public enum FrameStage : byte
{
    /// <summary>Drain the input queue and route each key.</summary>
    Input = 0,
    /// <summary>Move focus (spatial navigation, focus requests).</summary>
    Focus = 1,
    /// <summary>Run handlers and flush reactive effects.</summary>
    Handlers = 2,
    /// <summary>Apply op batches that arrived over the bus (legacy pages).</summary>
    Apply = 3,
    /// <summary>Lay out dirty subtrees and publish layout boxes.</summary>
    Layout = 4,
    /// <summary>Advance animations.</summary>
    Animation = 5,
    /// <summary>Load and release images, fonts and glyphs within a budget.</summary>
    Resources = 6,
    /// <summary>Build the draw list.</summary>
    Render = 7,
    /// <summary>Hand the draw list to the backend and present.</summary>
    Present = 8,
}

/// <summary>Duration of each <see cref="FrameStage"/> in a frame, in clock ticks.</summary>
[InlineArray(StageCount)]
public struct StageTimes
{
    /// <summary>Number of frame stages.</summary>
    public const int StageCount = 9;

    private long _first;
}

/// <summary>What one frame did and how long each stage took; the latency work reads these.</summary>
public struct FrameRecord
{
    /// <summary>The frame number, from 1.</summary>
    public long Frame;
    /// <summary>Clock timestamp when the frame started.</summary>
    public long Start;
    /// <summary>Clock timestamp after the backend presented.</summary>
    public long Present;
    /// <summary>Duration of each stage, in clock ticks, indexed by <see cref="FrameStage"/>.</summary>
    public StageTimes Stages;
    /// <summary>Id of the first input event this frame committed (0 when none).</summary>
    public long FirstEventId;
    /// <summary>How many input events this frame committed (their records are in <see cref="FrameStats"/>).</summary>
    public int EventCount;
    /// <summary>Number of live entities at the end of the frame.</summary>
    public int Entities;
    /// <summary>Number of draw commands submitted.</summary>
    public int DrawCommands;

    /// <summary>Duration of <paramref name="stage"/> in clock ticks.</summary>
    public readonly long TicksOf(FrameStage stage) => Stages[(int)stage];
}

/// <summary>Handles the end of a frame; the record is valid only during the call.</summary>
public delegate void FrameEndedHandler(in FrameRecord record);
