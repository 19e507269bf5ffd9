using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
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

    internal InputSystem(UiWorld world, InputQueue queue, FrameLoop loop, ILogger log)
    {
        _world = world;
        _queue = queue;
        _loop = loop;
        _log = log.ForContext<InputSystem>();
    }

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Input;

    /// <summary>Sees every key as this stage takes it from the queue, before routing it: the host hands keys to JS pages and
    /// starts their latency records here, so that every key, whoever pressed it, takes the one path through the queue.</summary>
    public Action<KeyEvent>? Taking { get; set; }

    /// <summary>The page root on screen: a key while nothing is focused goes to its onKey (a page that runs its own
    /// focus, such as a React Native page with a JS spatial navigation library, still receives keys).</summary>
    /// <remarks>Kept equal to <see cref="FocusSystem.ActiveRoot"/> by the focus system.</remarks>
    public Entity KeyRoot { get; set; }

    /// <summary>Keys of this frame that no handler consumed, in arrival order.</summary>
    public ReadOnlySpan<KeyEvent> Unhandled => _unhandled.AsSpan(0, _unhandledCount);

    /// <inheritdoc/>
    public override void Run(in SystemContext context)
    {
        _unhandledCount = 0;
        while (_queue.TryDequeue(out KeyEvent e))
        {
            Taking?.Invoke(e);
            if (!Dispatch(e) && _unhandledCount < _unhandled.Length) _unhandled[_unhandledCount++] = e;
            _loop.CommitEvent(e);
        }
    }

    /// <summary>Routes one key; true when a handler consumed it.</summary>
    private bool Dispatch(in KeyEvent e)
    {
        Entity focused = _world.Focused;
        var ecs = _world.Ecs;
        if (focused.IsNull)
        {
            return !KeyRoot.IsNull && ecs.IsAlive(KeyRoot) && ecs.TryGet(KeyRoot, out Handlers root) && root.OnKey is { } rootOnKey
                && Invoke(KeyRoot, rootOnKey, e);
        }
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
