using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.Migration;

/// <summary>One input event and what its response cost, stage by stage.</summary>
public struct LatencyEvent
{
    /// <summary>The id the recorder gave the event (1, 2, ...); legacy batches carry it in causedBy.</summary>
    public long Id;

    /// <summary>The remote key.</summary>
    public KeyName Key;

    /// <summary>The manifest name of the page that received the event.</summary>
    public string Page;

    /// <summary>The path of the instance that handled it: native or legacy (a compare page records one event per path).</summary>
    public PagePath Path;

    /// <summary>The JS engine that handled the event ("v8", "jint"), or "none" on the native path.</summary>
    public string Engine;

    /// <summary>When the key arrived, in recorder ticks.</summary>
    public long ArrivalTicks;

    /// <summary>Milliseconds per stage, accumulated over the frames that worked on the response.</summary>
    public LatencyStageTimes Stages;

    /// <summary>Key to committed (the response applied to the ECS) in milliseconds; NaN until committed.</summary>
    public double CommittedMs;

    /// <summary>Key to present (the response on screen) in milliseconds; NaN until presented.</summary>
    public double PresentMs;

    /// <summary>How long the frame that committed the response took, from its start to its present, in milliseconds: the
    /// floor under key → present (NaN until committed by a frame).</summary>
    public double FrameMs;

    /// <summary>How many presented frames were attributed to the event; only the first one is measured.</summary>
    public int PresentReports;

    /// <summary>The index of the event's group in <see cref="LatencyRecorder.Groups"/>.</summary>
    public int GroupIndex;

    /// <summary>True once a frame showing the response was presented.</summary>
    public readonly bool IsPresented => !double.IsNaN(PresentMs);
}
