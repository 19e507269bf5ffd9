using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Layout;
using ChildOrder = Bridge.Interaction.Focus.ChildOrder;

namespace Bridge.Engine.Systems;

/// <summary>Lays out the screen root at the viewport size (dirty subtrees only) and publishes each entity's <see cref="LayoutBox"/>.</summary>
/// <remarks>Reads <see cref="LayoutHandle"/>, <see cref="ScrollContainer"/> and the hierarchy; writes <see cref="LayoutBox"/>
/// only where the box changed (so change detection sees real changes) and then calls onLayout for those, after the
/// walk, so a handler may edit the tree. Writes <see cref="ChildIndex"/> of scroll containers, whose children far
/// outside the viewport are culled: their subtrees are not walked, so their boxes (and onLayout calls) wait until they
/// come within a viewport length of it; <see cref="UiWorld.AbsoluteBox"/> is exact for them meanwhile.</remarks>
public sealed class LayoutSystem : EngineSystem
{
    private readonly UiWorld _world;
    private readonly FrameLoop _loop;
    private Visit[] _stack = new Visit[128];
    private (Entity, float, float)[] _scratch = new (Entity, float, float)[32];
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
        _stack[top++] = new Visit(_world.ScreenRoot, 0, 0, true);
        while (top > 0)
        {
            Visit visit = _stack[--top];
            Entity e = visit.Entity;
            LayoutNode node = ecs.Get<LayoutHandle>(e).Node;
            float absX = visit.ParentX + node.Left, absY = visit.ParentY + node.Top;
            var box = new LayoutBox(node.Left, node.Top, node.Width, node.Height, absX, absY);
            ref readonly LayoutBox old = ref ecs.Get<LayoutBox>(e);
            if (old != box)
            {
                bool moved = old.X != box.X || old.Y != box.Y || old.W != box.W || old.H != box.H;
                ecs.GetMut<LayoutBox>(e) = box;
                if (moved && ecs.TryGet(e, out Handlers h) && h.OnLayout is not null) _changed.Add((e, box));
            }
            if (!visit.Descend) continue;
            float childX = absX, childY = absY;
            if (ecs.TryGet(e, out ScrollContainer scroll))
            {
                childX -= scroll.OffsetX;
                childY -= scroll.OffsetY;
                if (scroll.Axis != ScrollAxis.None)
                {
                    PushScrolled(e, node, scroll, childX, childY, ref top);
                    continue;
                }
            }
            // Push in reverse so children are visited in order (only matters for onLayout call order).
            int first = top;
            foreach (Entity c in ecs.Children(e)) Push(ref top, new Visit(c, childX, childY, true));
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

    /// <summary>Pushes the children of a scroll container that lie within its viewport widened by one viewport length on
    /// each side along the scroll axis; the others are culled.</summary>
    /// <remarks>Ordered children (see <see cref="ChildIndex.Order"/>) outside that window are not visited at all, found by
    /// binary search on their untransformed boxes, so a long rail costs what its visible part does. Unordered ones are
    /// visited for their own box but, unless their own transform brings them into the window, not descended into.
    /// Either way the culled subtrees keep stale boxes: readers use <see cref="UiWorld.AbsoluteBox"/>.</remarks>
    private void PushScrolled(Entity e, LayoutNode node, ScrollContainer scroll, float childX, float childY, ref int top)
    {
        var ecs = _world.Ecs;
        ref ChildIndex index = ref ChildIndexing.Refresh(_world, e, node, ref _scratch);
        ReadOnlySpan<Entity> children = index.Items.AsSpan(0, index.Count);
        bool horizontal = scroll.Axis == ScrollAxis.Horizontal;
        float length = horizontal ? node.Width : node.Height;
        float offset = horizontal ? scroll.OffsetX : scroll.OffsetY;
        float windowStart = offset - length, windowEnd = offset + 2 * length;
        if (index.Order == (horizontal ? ChildOrder.Horizontal : ChildOrder.Vertical))
        {
            int start = ChildIndexing.FirstEndingAfter(ecs, children, horizontal, windowStart);
            int end = start;
            while (end < children.Length && ChildIndexing.StartOf(ecs, children[end], horizontal) < windowEnd) end++;
            // Reverse order on the stack, so children are visited in order.
            for (int i = end - 1; i >= start; i--) Push(ref top, new Visit(children[i], childX, childY, true));
            index.LiveStart = start;
            index.LiveEnd = end;
            return;
        }
        for (int i = children.Length - 1; i >= 0; i--)
        {
            LayoutNode n = ecs.Get<LayoutHandle>(children[i]).Node;
            bool reaches = ScrollCulling.Reaches(horizontal ? n.Left : n.Top, n.Width, n.Height, horizontal,
                                                 ecs.Get<Style>(children[i]).Transform, windowStart, windowEnd);
            Push(ref top, new Visit(children[i], childX, childY, reaches));
        }
        index.LiveStart = 0;
        index.LiveEnd = children.Length;
    }

    private void Push(ref int top, in Visit visit)
    {
        if (top == _stack.Length) Array.Resize(ref _stack, top * 2);
        _stack[top++] = visit;
    }

    /// <summary>An entity to publish, its parent's content origin, and whether to walk its subtree (false: culled).</summary>
    private readonly record struct Visit(Entity Entity, float ParentX, float ParentY, bool Descend);
}
