using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Interaction.Input;
using Bridge.Schema;
using Serilog;

namespace Bridge.Engine.Systems;

/// <summary>Drains the input queue and routes each key to the focused entity: onKey bubbling up the ancestors, then select → onPress.</summary>
/// <remarks>Reads <see cref="Focusable"/>, <see cref="Handlers"/>, the hierarchy and the focus state; writes nothing itself
/// (handlers do). Keys nobody consumed are left in <see cref="Unhandled"/> for the focus system's spatial navigation.</remarks>
public sealed class InputSystem : EngineSystem
{
    private readonly UiWorld _world;
    private readonly InputQueue _queue;
    private readonly FrameLoop _loop;
    private readonly ILogger _log;
    private readonly KeyEvent[] _unhandled = new KeyEvent[64];
    private int _unhandledCount;
    private KeyRepeatThrottle _throttle = new(DefaultFirstRepeatDelayMs, DefaultRepeatIntervalMs);

    /// <summary>How long a key must be held before its repeats act, by default.</summary>
    public const double DefaultFirstRepeatDelayMs = 250;

    /// <summary>The least time between two repeats that act, by default (at most ~8 moves a second).</summary>
    public const double DefaultRepeatIntervalMs = 120;

    /// <summary>Limits how fast a held key's auto-repeats act; a repeat that comes too early is dropped (committed,
    /// handled by nobody). A key that is not a repeat always acts.</summary>
    public KeyRepeatThrottle Throttle
    {
        get => _throttle;
        set => _throttle = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Auto-repeats dropped by <see cref="Throttle"/> so far.</summary>
    public long Throttled { get; private set; }

    internal InputSystem(UiWorld world, InputQueue queue, FrameLoop loop, ILogger log)
    {
        _world = world;
        _queue = queue;
        _loop = loop;
        _log = log.ForContext<InputSystem>();
    }

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Input;

    /// <summary>Keys of this frame that no handler consumed, in arrival order.</summary>
    public ReadOnlySpan<KeyEvent> Unhandled => _unhandled.AsSpan(0, _unhandledCount);

    /// <inheritdoc/>
    public override void Run(in SystemContext context)
    {
        _unhandledCount = 0;
        double nowMs = context.Now * 1000.0 / context.Frequency;
        while (_queue.TryDequeue(out KeyEvent e))
        {
            var remote = (RemoteKey)e.Key;
            // A fresh press ends whatever key was held; only auto-repeats wait for the throttle.
            if (!e.Repeat) _throttle.KeyUp(_throttle.Held);
            if (!_throttle.KeyDown(remote, nowMs))
            {
                Throttled++;
                _loop.CommitEvent(e);
                continue;
            }
            if (!Dispatch(e) && _unhandledCount < _unhandled.Length) _unhandled[_unhandledCount++] = e;
            _loop.CommitEvent(e);
        }
    }

    /// <summary>Routes one key; true when a handler consumed it.</summary>
    private bool Dispatch(in KeyEvent e)
    {
        Entity focused = _world.Focused;
        if (focused.IsNull) return false;
        var ecs = _world.Ecs;
        for (Entity n = focused; !n.IsNull; n = ecs.ParentOf(n))
        {
            if (ecs.TryGet(n, out Handlers h) && h.OnKey is { } onKey && Invoke(n, onKey, e)) return true;
        }
        if (e.Key == KeyName.Select && ecs.TryGet(focused, out Handlers fh) && fh.OnPress is { } onPress)
        {
            try
            {
                onPress();
            }
            catch (Exception ex)
            {
                _loop.ReportHandlerError(focused, "onPress", ex);
            }
            return true;
        }
        return false;
    }

    private bool Invoke(Entity n, Func<KeyEvent, bool> onKey, in KeyEvent e)
    {
        try
        {
            return onKey(e);
        }
        catch (Exception ex)
        {
            _loop.ReportHandlerError(n, "onKey", ex);
            return true;
        }
    }
}
