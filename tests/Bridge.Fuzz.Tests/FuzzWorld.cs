using Bridge.Bus.Codec;
using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Legacy.Applying;
using Bridge.Legacy.Channels;
using Bridge.Schema;

namespace Bridge.Fuzz.Tests;

/// <summary>The UI thread's half of the legacy path, real from the bus queue to the null backend: batches enter the
/// queue as JS sends them, the batch pump takes, merges, decodes, validates and applies them, then frames run layout,
/// animation, resources and render.</summary>
internal sealed class FuzzWorld : IDisposable
{
    private const uint PageRoot = 1;
    private readonly NullRenderBackend _backend = new(1280, 720);
    private readonly ManualClock _clock = new();
    private readonly OpBatchQueue _queue = new();
    private readonly LegacyBatchPump _pump;
    private readonly OpApplier _applier;
    private readonly Entity _container;
    private readonly List<ApplyResult> _results = [];

    public FuzzWorld(TextSystem text, ResourceSystem resources)
    {
        World = new UiWorld(text, resources);
        Loop = new FrameLoop(World, _clock, _backend, 1280, 720);
        _applier = new OpApplier(World, handlers: static (_, _, key) => key switch
        {
            PropKey.OnKey => (Func<KeyEvent, bool>)(_ => false),
            PropKey.OnLayout => (Action<LayoutBox>)(_ => { }),
            _ => (Action)(() => { }),
        });
        _pump = new LegacyBatchPump(_queue, static _ => { }, _applier);
        _container = World.CreateNode(WidgetType.View);
        World.SetProp(_container, PropKey.Width, PropValue.Of("100%"));
        World.SetProp(_container, PropKey.Height, PropValue.Of("100%"));
        World.InsertChild(World.ScreenRoot, _container);
        _applier.OpenRoot(PageRoot, _container);
    }

    public UiWorld World { get; }

    public FrameLoop Loop { get; }

    /// <summary>The last revision applied to the page root.</summary>
    public uint Revision => _applier.TryGetRoot(PageRoot, out var root) ? root.Revision : 0;

    /// <summary>Batches that failed after they validated (must stay 0).</summary>
    public int CommitFailures => _applier.CommitFailures;

    /// <summary>Node ids of the page (what hostile ops aim at).</summary>
    public List<uint> NodeIds()
    {
        var ids = new List<uint>();
        foreach (var e in Descendants())
        {
            if (_applier.TryFindNode(e, out _, out var id))
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    public string Snapshot() => WorldSnapshot.Of(World, _container);

    /// <summary>Queues encoded batches of the page root as the JS thread does (back to back in one frame when several).</summary>
    public IReadOnlyList<ApplyResult> Apply(params byte[][] batches)
    {
        foreach (var bytes in batches)
        {
            uint revision;
            try
            {
                revision = BatchFraming.ReadHeader(bytes).Revision;
            }
            catch (BusFormatException)
            {
                // The JS thread drops a batch whose header it cannot read; what follows must still apply.
                continue;
            }
            _queue.Enqueue(PageRoot, revision, bytes);
        }
        _results.Clear();
        _pump.ApplyFrame((_, result) => _results.Add(result));
        return _results;
    }

    /// <summary>Runs frames over <paramref name="ms"/> of manual time (animations play) and checks what they produced.</summary>
    public void RunFrames(int frames, double ms)
    {
        for (var i = 0; i < frames; i++)
        {
            _clock.Advance((long)(ms / frames * _clock.Frequency / 1000));
            Loop.RunFrame();
            foreach (var e in Descendants())
            {
                var box = World.Get<LayoutBox>(e);
                if (!float.IsFinite(box.X) || !float.IsFinite(box.Y) || !float.IsFinite(box.W) || !float.IsFinite(box.H) || box.W < 0 || box.H < 0)
                {
                    throw new InvalidOperationException($"{e} was laid out at {box}");
                }
            }
            foreach (ref readonly var command in _backend.LastCommands)
            {
                var t = command.Transform;
                if (!float.IsFinite(command.Opacity) || !float.IsFinite(t.ScaleX) || !float.IsFinite(t.ScaleY) || !float.IsFinite(t.TranslateX)
                    || !float.IsFinite(t.TranslateY) || !float.IsFinite(t.RotationRadians) || !float.IsFinite(t.OriginX) || !float.IsFinite(t.OriginY))
                {
                    throw new InvalidOperationException($"draw command {command.Kind} has {command.Opacity} opacity and transform {command.Transform}");
                }
            }
        }
    }

    private List<Entity> Descendants()
    {
        var list = new List<Entity>();
        var stack = new Stack<Entity>();
        stack.Push(_container);
        while (stack.TryPop(out var e))
        {
            foreach (var child in World.Ecs.Children(e))
            {
                list.Add(child);
                stack.Push(child);
            }
        }
        return list;
    }

    public void Dispose() => _backend.Dispose();
}
