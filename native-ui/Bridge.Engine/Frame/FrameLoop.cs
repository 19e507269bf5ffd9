using Bridge.Engine.Ecs;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Serilog;

namespace Bridge.Engine.Frame;

/// <summary>Runs frames: the systems in their fixed stage order, then present, recording each stage's time.</summary>
/// <remarks>UI thread only, except <see cref="Input"/>, which any thread may feed. Input events are committed by the
/// frame that handles them (native) or, for the legacy path, by the frame that applies the batch they caused
/// (<see cref="CommitEvent"/>); a committed event's latency is that frame's present time minus its arrival.</remarks>
public sealed class FrameLoop
{
    private readonly ILogger _log;
    private readonly KeyEvent[] _committed = new KeyEvent[256];
    private readonly List<Func<bool>> _workSources = new();
    private int _committedCount;
    private long _frame;

    /// <summary>Creates a loop over <paramref name="world"/> presenting to <paramref name="backend"/> at <paramref name="width"/>×<paramref name="height"/>.</summary>
    public FrameLoop(UiWorld world, IFrameClock clock, IRenderBackend backend, int width, int height, ILogger? log = null)
    {
        World = world ?? throw new ArgumentNullException(nameof(world));
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Backend = backend ?? throw new ArgumentNullException(nameof(backend));
        _log = (log ?? Serilog.Core.Logger.None).ForContext<FrameLoop>();
        Resize(width, height);
        Input = new InputQueue(clock);
        // The engine's whole schedule, in one place; a host adds only its own systems (the legacy side's batch applier).
        Schedule = new Schedule(world.Ecs);
        InputSystem = new InputSystem(world, Input, this, _log);
        Schedule.Add(InputSystem);
        Focus = new FocusSystem(world, InputSystem);
        Schedule.Add(Focus);
        Schedule.Add(new EffectsSystem(this));
        Scroll = new ScrollIntoViewSystem(world);
        Schedule.Add(Scroll);
        AddWorkSource(() => Scroll.IsScrolling);
        Schedule.Add(new LayoutSystem(world, this));
        Animation = new AnimationSystem(world);
        Schedule.Add(Animation);
        AddWorkSource(() => Animation.IsAnimating);
        if (world.Resources is not null) Schedule.Add(new ResourceStageSystem(world.Resources, backend));
        Schedule.Add(new RenderSystem(world, DrawList));
        FocusDebug = new FocusDebugOverlaySystem(this, Focus);
        Schedule.Add(FocusDebug);
    }

    /// <summary>Spatial navigation: moves focus on the keys nobody consumed.</summary>
    public FocusSystem Focus { get; }

    /// <summary>Keeps the focused entity inside its scroll containers (set its margin and duration here).</summary>
    public ScrollIntoViewSystem Scroll { get; }

    /// <summary>The focus debug overlay; set <see cref="FocusDebugOverlaySystem.Enabled"/> to show it at any time.</summary>
    public FocusDebugOverlaySystem FocusDebug { get; }

    /// <summary>The animation system (transitions, focus effect, layout animations, page transitions).</summary>
    public AnimationSystem Animation { get; }

    /// <summary>The world the frames run over.</summary>
    public UiWorld World { get; }

    /// <summary>The frame clock (pacing and timestamps).</summary>
    public IFrameClock Clock { get; }

    /// <summary>The backend the draw list is presented to.</summary>
    public IRenderBackend Backend { get; }

    /// <summary>The key events waiting for the next frame.</summary>
    public InputQueue Input { get; }

    /// <summary>The systems in run order; add systems for the focus, apply and animation stages here.</summary>
    public Schedule Schedule { get; }

    /// <summary>The input routing system (exposes this frame's unhandled keys).</summary>
    public InputSystem InputSystem { get; }

    /// <summary>The draw list built by the last frame.</summary>
    public DrawList DrawList { get; } = new(1024);

    /// <summary>Per-frame stage times and committed events.</summary>
    public FrameStats Stats { get; } = new();

    /// <summary>Colour the frame is cleared to before drawing.</summary>
    public Rgba ClearColor { get; set; } = Rgba.Black;

    /// <summary>Width the screen root is laid out at, in design units (the design size when set, else the frame's).</summary>
    public int ViewportWidth { get; private set; }

    /// <summary>Height the screen root is laid out at, in design units.</summary>
    public int ViewportHeight { get; private set; }

    /// <summary>The frame's width in device pixels.</summary>
    public int DeviceWidth { get; private set; }

    /// <summary>The frame's height in device pixels.</summary>
    public int DeviceHeight { get; private set; }

    /// <summary>The size pages are designed at, or null when design units are device pixels.</summary>
    public (int Width, int Height)? DesignSize { get; private set; }

    /// <summary>How design units map to device pixels (one uniform scale, the design centred).</summary>
    public DeviceMapping Device => DrawList.Device;

    /// <summary>The number of the last frame run (0 before the first).</summary>
    public long Frame => _frame;

    /// <summary>Raised when a handler or effect of a page throws; the frame goes on.</summary>
    public event Action<Entity, string, Exception>? HandlerFailed;

    /// <summary>Raised at the end of every frame with its record (stage times in <see cref="Clock"/> ticks), on the UI thread.</summary>
    /// <remarks>For observers such as telemetry; a handler must not allocate if steady frames are to stay allocation-free.</remarks>
    public event FrameEndedHandler? FrameEnded;

    /// <summary>Changes the frame's size in device pixels (and the backend's); a design size, when set, is kept and
    /// scaled to the new size.</summary>
    public void Resize(int width, int height)
    {
        if (width <= 0 || height <= 0)
            throw new ArgumentOutOfRangeException(nameof(width), $"viewport must be positive, got {width}x{height}");
        DeviceWidth = width;
        DeviceHeight = height;
        Backend.Resize(width, height);
        ApplyDesign();
    }

    /// <summary>Lays pages out at <paramref name="width"/>×<paramref name="height"/> design units and draws them scaled
    /// by one factor to fill the frame (text and corners rasterized at device pixels); null lays out at the frame's size.</summary>
    public void SetDesignSize((int Width, int Height)? size)
    {
        if (size is { } s && (s.Width <= 0 || s.Height <= 0))
            throw new ArgumentOutOfRangeException(nameof(size), $"design size must be positive, got {s.Width}x{s.Height}");
        DesignSize = size;
        ApplyDesign();
    }

    private void ApplyDesign()
    {
        (int w, int h) = DesignSize ?? (DeviceWidth, DeviceHeight);
        if (w != ViewportWidth || h != ViewportHeight) World.Ecs.Get<LayoutHandle>(World.ScreenRoot).Node.MarkDirty();
        ViewportWidth = w;
        ViewportHeight = h;
        DrawList.Device = DesignSize is null ? DeviceMapping.Identity : DeviceMapping.Fit(w, h, DeviceWidth, DeviceHeight);
    }

    /// <summary>Whether a frame now would do work: input waiting, effects pending, layout dirty, resources loading, or a registered source busy.</summary>
    public bool HasPendingWork
    {
        get
        {
            if (Input.Count > 0 || World.HasPendingEffects || (World.Resources?.HasPendingWork ?? false)) return true;
            if (World.Ecs.Get<LayoutHandle>(World.ScreenRoot).Node.IsDirty) return true;
            foreach (var source in _workSources)
                if (source()) return true;
            return false;
        }
    }

    /// <summary>Registers another kind of pending work (bus batches waiting, running animations) for <see cref="HasPendingWork"/>.</summary>
    public void AddWorkSource(Func<bool> hasWork)
    {
        ArgumentNullException.ThrowIfNull(hasWork);
        _workSources.Add(hasWork);
    }

    /// <summary>Runs frames (paced by the clock) until no work is pending; returns how many ran.</summary>
    /// <exception cref="TimeoutException">Work was still pending after <paramref name="maxFrames"/> frames.</exception>
    public int RunUntilIdle(int maxFrames = 600)
    {
        int frames = 0;
        while (HasPendingWork)
        {
            if (frames == maxFrames)
                throw new TimeoutException($"RunUntilIdle: work still pending after {maxFrames} frames (input {Input.Count}, effects {World.HasPendingEffects})");
            Clock.WaitForNextFrame();
            RunFrame();
            frames++;
        }
        return frames;
    }

    /// <summary>Marks <paramref name="e"/> as committed by the current frame; its latency is measured at this frame's present.</summary>
    public void CommitEvent(in KeyEvent e)
    {
        if (_committedCount == _committed.Length) FlushCommitted(Clock.Now);
        _committed[_committedCount++] = e;
    }

    /// <summary>Runs one frame: every stage in order, then present; records the stage times.</summary>
    public void RunFrame()
    {
        long frame = ++_frame;
        long start = Clock.Now;
        var record = new FrameRecord { Frame = frame, Start = start };
        long t = start;
        for (int s = 0; s < (int)FrameStage.Present; s++)
        {
            Schedule.RunStage((FrameStage)s, frame, start, Clock.Frequency);
            long now = Clock.Now;
            record.Stages[s] = now - t;
            t = now;
        }
        Backend.Render(DrawList, ClearColor);
        long present = Clock.Now;
        record.Stages[(int)FrameStage.Present] = present - t;
        record.Present = present;
        if (_committedCount > 0)
        {
            record.FirstEventId = _committed[0].Id;
            record.EventCount = _committedCount;
        }
        record.Entities = World.Ecs.Count;
        record.DrawCommands = DrawList.Count;
        FlushCommitted(present);
        Stats.AddFrame(record);
        FrameEnded?.Invoke(in Stats.Last);
    }

    /// <summary>Runs frames paced by the clock until <paramref name="cancel"/> is signalled.</summary>
    public void Run(CancellationToken cancel)
    {
        while (!cancel.IsCancellationRequested)
        {
            Clock.WaitForNextFrame();
            if (Clock is UnpacedClock && !HasPendingWork && _frame > 0)
            {
                // Unpaced: a frame runs as soon as there is work; poll briefly instead of spinning a core.
                Thread.Sleep(1);
                continue;
            }
            RunFrame();
        }
    }

    internal void ReportHandlerError(Entity e, string handler, Exception ex)
    {
        _log.Error(ex, "{Handler} of {Entity} threw", handler, e);
        HandlerFailed?.Invoke(e, handler, ex);
    }

    private void FlushCommitted(long present)
    {
        for (int i = 0; i < _committedCount; i++) Stats.AddEvent(_committed[i], _frame, present);
        _committedCount = 0;
    }
}
