using Bridge.Bus.Events;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Legacy.Hosting;
using Bridge.Schema;

namespace Bridge.Legacy.Applying;

/// <summary>Handler delegates for legacy nodes that forward to JS as events, so the engine's input, focus and layout
/// systems drive legacy pages the way they drive native ones.</summary>
/// <remarks>onKey forwards the key to the focused node (JS bubbles it through its own handlers, and calls onPress for
/// an unconsumed select) and reports it consumed, since JS answers asynchronously. Key events keep the engine's
/// <see cref="KeyEvent.Id"/> so that op batches name it in causedBy; press, focus and blur take ids from 2^31 up.
/// onLayout sends the box relative to the parent, as React Native's layout event has it.</remarks>
public sealed class LegacyHandlers
{
    private readonly ILegacyEngine _engine;
    private readonly UiWorld _world;
    private readonly OpApplier _applier;
    private readonly Func<double> _nowMs;
    private readonly EventBatch _batch = new();
    private long _nextId = 1L << 31;

    /// <summary>Creates the forwarding handlers; <paramref name="applier"/> resolves the focused entity to its node id.</summary>
    /// <remarks>Install with <c>applier.HandlerFactory = handlers.Create</c>.</remarks>
    public LegacyHandlers(ILegacyEngine engine, UiWorld world, OpApplier applier, Func<double> nowMs)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _world = world ?? throw new ArgumentNullException(nameof(world));
        _applier = applier ?? throw new ArgumentNullException(nameof(applier));
        _nowMs = nowMs ?? throw new ArgumentNullException(nameof(nowMs));
    }

    /// <summary>The delegate for a handler prop of node <paramref name="id"/>; pass as the applier's handler factory.</summary>
    public Delegate? Create(LegacyRoot root, uint id, PropKey key) => key switch
    {
        PropKey.OnPress => new Action(() => Post(HostEvent.Press(NextId(), id))),
        PropKey.OnFocus => new Action(() => Post(HostEvent.Focus(NextId(), id))),
        PropKey.OnBlur => new Action(() => Post(HostEvent.Blur(NextId(), id))),
        PropKey.OnLayout => new Action<LayoutBox>(box => Post(HostEvent.Layout(id, box.X, box.Y, box.W, box.H))),
        PropKey.OnKey => new Func<KeyEvent, bool>(e => ForwardKey(root, id, e)),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a handler prop"),
    };

    private bool ForwardKey(LegacyRoot root, uint handlerNode, in KeyEvent e)
    {
        var target = handlerNode;
        var focused = _world.Focused;
        if (!focused.IsNull && _applier.TryFindNode(focused, out var focusedRoot, out var focusedId) && focusedRoot == root)
        {
            target = focusedId;
        }
        Post(HostEvent.KeyPress((uint)e.Id, target, e.Key, _nowMs()));
        return true;
    }

    private uint NextId() => (uint)Interlocked.Increment(ref _nextId);

    private void Post(in HostEvent e)
    {
        _batch.Clear();
        _batch.Add(e);
        _engine.Post(_batch);
    }
}
