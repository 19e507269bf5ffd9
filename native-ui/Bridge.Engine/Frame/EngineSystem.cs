namespace Bridge.Engine.Frame;

/// <summary>What a system knows about the frame it runs in.</summary>
/// <param name="Frame">The frame number, from 1.</param>
/// <param name="Now">Clock timestamp at the start of the frame.</param>
/// <param name="Frequency">Clock ticks per second.</param>
/// <param name="LastRunTick">The world tick at which this system last ran (0 before its first run); changes stamped after it are new to the system.</param>
public readonly record struct SystemContext(long Frame, long Now, long Frequency, uint LastRunTick);

/// <summary>A system: one step of the frame that reads and writes components of the world.</summary>
/// <remarks>Each system runs once per frame in its <see cref="Stage"/>, in registration order within the stage.
/// Change detection is per system: a change is reported to it by <c>World.Changed</c> exactly once.</remarks>
public abstract class EngineSystem
{
    /// <summary>The stage the system runs in.</summary>
    public abstract FrameStage Stage { get; }

    /// <summary>True for a system that must stay the last of its stage: systems added later are scheduled before it.</summary>
    /// <remarks>The engine's scroll-into-view (after every apply-stage change of focus) and focus debug overlay (over
    /// every draw) are such systems.</remarks>
    public virtual bool RunsLastInStage => false;

    /// <summary>A name for logs and the visible schedule.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>The world tick at which the system last ran.</summary>
    public uint LastRunTick { get; internal set; }

    /// <summary>Runs the system for one frame.</summary>
    public abstract void Run(in SystemContext context);
}
