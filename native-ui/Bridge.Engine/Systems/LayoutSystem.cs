using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Layout;

namespace Bridge.Engine.Systems;

/// <summary>Lays out the screen root at the viewport size (dirty subtrees only) and publishes each entity's <see cref="LayoutBox"/>.</summary>
/// <remarks>Reads <see cref="LayoutHandle"/>, <see cref="ScrollContainer"/> and the hierarchy; writes <see cref="LayoutBox"/>
/// only where the box changed (so change detection sees real changes) and then calls onLayout for those, after the
/// walk, so a handler may edit the tree.</remarks>
public sealed class LayoutSystem : EngineSystem
{
    private readonly UiWorld _world;
    private readonly FrameLoop _loop;
    private (Entity Entity, float X, float Y)[] _stack = new (Entity, float, float)[128];
    private readonly List<(Entity Entity, LayoutBox Box)> _changed = new(64);

    internal LayoutSystem(UiWorld world, FrameLoop loop)
    {
        _world = world;
        _loop = loop;
    }

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Layout;

    /// <inheritdoc/>
    public override void Run(in SystemContext context)
    {
        var ecs = _world.Ecs;
        LayoutNode root = ecs.Get<LayoutHandle>(_world.ScreenRoot).Node;
        root.Style.Width = Length.Points(_loop.ViewportWidth);
        root.Style.Height = Length.Points(_loop.ViewportHeight);
        LayoutCalculator.Calculate(root, _loop.ViewportWidth, _loop.ViewportHeight, Direction.Ltr);

        _changed.Clear();
        int top = 0;
        _stack[top++] = (_world.ScreenRoot, 0, 0);
        while (top > 0)
        {
            var (e, parentX, parentY) = _stack[--top];
            LayoutNode node = ecs.Get<LayoutHandle>(e).Node;
            float absX = parentX + node.Left, absY = parentY + node.Top;
            var box = new LayoutBox(node.Left, node.Top, node.Width, node.Height, absX, absY);
            ref readonly LayoutBox old = ref ecs.Get<LayoutBox>(e);
            if (old != box)
            {
                bool moved = old.X != box.X || old.Y != box.Y || old.W != box.W || old.H != box.H;
                ecs.GetMut<LayoutBox>(e) = box;
                if (moved && ecs.TryGet(e, out Handlers h) && h.OnLayout is not null) _changed.Add((e, box));
            }
            float childX = absX, childY = absY;
            if (ecs.TryGet(e, out ScrollContainer scroll))
            {
                childX -= scroll.OffsetX;
                childY -= scroll.OffsetY;
            }
            // Push in reverse so children are visited in order (only matters for onLayout call order).
            int first = top;
            foreach (Entity c in ecs.Children(e))
            {
                if (top == _stack.Length) Array.Resize(ref _stack, top * 2);
                _stack[top++] = (c, childX, childY);
            }
            _stack.AsSpan(first, top - first).Reverse();
        }

        for (int i = 0; i < _changed.Count; i++)
        {
            var (e, box) = _changed[i];
            if (!ecs.IsAlive(e) || !ecs.TryGet(e, out Handlers h) || h.OnLayout is null) continue;
            try
            {
                h.OnLayout(box);
            }
            catch (Exception ex)
            {
                _loop.ReportHandlerError(e, "onLayout", ex);
            }
        }
    }
}
