using Bridge.Engine.Ecs;
using Bridge.Layout;
using ChildOrder = Bridge.Interaction.Focus.ChildOrder;

namespace Bridge.Engine.Widgets;

/// <summary>The children of a scroll container in an array, whether they are ordered along an axis, and which of them
/// the last layout walked.</summary>
/// <remarks>A cache the layout system keeps (navigation may build the items of one the layout has not reached, see
/// <see cref="UiWorld.IndexChildren"/>). <see cref="Items"/> is the child list as of
/// <see cref="BuiltAfterTick"/>: a later hierarchy change of the container makes the whole index stale, which
/// <see cref="UiWorld.TryGetChildIndex"/> checks. <see cref="Order"/> is checked on the boxes of the layout that last
/// reached the container, see <see cref="UiWorld.ChildOrderOf"/> for when it still holds.</remarks>
internal struct ChildIndex
{
    /// <summary>The children in order; the first <see cref="Count"/> entries are used.</summary>
    public Entity[] Items;
    /// <summary>Number of children.</summary>
    public int Count;
    /// <summary>Hierarchy writes stamped after this tick make the index stale.</summary>
    public uint BuiltAfterTick;
    /// <summary>The axis along which children's boxes are ordered, as <see cref="ChildOrder"/> promises, or none.</summary>
    public ChildOrder Order;
    /// <summary>Whether the layout checked <see cref="Order"/> for these items (an index built for navigation is not).</summary>
    public bool OrderChecked;
    /// <summary>First child the last layout walk visited.</summary>
    public int LiveStart;
    /// <summary>One past the last child the last layout walk visited.</summary>
    public int LiveEnd;
}

/// <summary>Builds and searches <see cref="ChildIndex"/>: the children array, the order check, the binary search.</summary>
internal static class ChildIndexing
{
    /// <summary>How far a box may pass its container's edge and still count as inside: pixel rounding never rounds a
    /// measured text down, so a title can end a pixel below a tile that is exactly as tall as its content. A box 1 px
    /// out cannot lie beyond a reference inside the container (the navigator's cut-off tolerance is half a pixel).</summary>
    private const float Slack = 1;

    /// <summary>The index of <paramref name="container"/> with its order checked: its items rebuilt when its hierarchy
    /// changed, its order when the last layout gave it a new box (the walk is the reader that clears
    /// <see cref="LayoutNode.HasNewLayout"/>).</summary>
    public static ref ChildIndex Refresh(UiWorld world, Entity container, LayoutNode node,
                                         ref (Entity Node, float X, float Y)[] scratch)
    {
        ref var index = ref world.IndexChildren(container);
        if (!index.OrderChecked || node.HasNewLayout)
        {
            index.Order = CheckOrder(world.Ecs, node, index.Items.AsSpan(0, index.Count), ref scratch);
            index.OrderChecked = true;
            node.HasNewLayout = false;
        }
        return ref index;
    }

    /// <summary>The first of the ordered <paramref name="children"/> whose box ends after <paramref name="position"/>
    /// along the axis (their count when none does).</summary>
    public static int FirstEndingAfter(World ecs, ReadOnlySpan<Entity> children, bool horizontal, float position)
    {
        int lo = 0, hi = children.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var n = ecs.Get<LayoutHandle>(children[mid]).Node;
            if ((horizontal ? n.Left + n.Width : n.Top + n.Height) > position) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>The start of <paramref name="child"/>'s box along the axis, relative to its parent.</summary>
    public static float StartOf(World ecs, Entity child, bool horizontal)
    {
        var n = ecs.Get<LayoutHandle>(child).Node;
        return horizontal ? n.Left : n.Top;
    }

    /// <summary>Whether <paramref name="children"/> keep the promise of <see cref="ChildOrder"/>: a single flex line, not
    /// reversed, start and end edges non-decreasing along the main axis, every box within the container across it, and
    /// every descendant within its child's box (along the axis too, as the search prunes on the child's box) and not
    /// scrolling. Conservative: any doubt gives none.</summary>
    private static ChildOrder CheckOrder(World ecs, LayoutNode container, ReadOnlySpan<Entity> children,
                                         ref (Entity Node, float X, float Y)[] scratch)
    {
        var style = container.Style;
        if (style.FlexWrap != Wrap.NoWrap) return ChildOrder.None;
        bool horizontal;
        switch (style.FlexDirection)
        {
            case FlexDirection.Row when container.LayoutDirection != Direction.Rtl: horizontal = true; break;
            case FlexDirection.Column: horizontal = false; break;
            default: return ChildOrder.None;
        }
        var cross = horizontal ? container.Height : container.Width;
        float lastStart = float.NegativeInfinity, lastEnd = float.NegativeInfinity;
        foreach (var child in children)
        {
            var n = ecs.Get<LayoutHandle>(child).Node;
            float start = horizontal ? n.Left : n.Top, end = start + (horizontal ? n.Width : n.Height);
            float crossStart = horizontal ? n.Top : n.Left, crossEnd = crossStart + (horizontal ? n.Height : n.Width);
            // Negated so that a NaN (never laid out) fails too.
            if (!(start >= lastStart && end >= lastEnd && crossStart >= -Slack && crossEnd <= cross + Slack)) return ChildOrder.None;
            if (!SubtreeInside(ecs, child, ref scratch)) return ChildOrder.None;
            lastStart = start;
            lastEnd = end;
        }
        return horizontal ? ChildOrder.Horizontal : ChildOrder.Vertical;
    }

    /// <summary>Whether every descendant of <paramref name="root"/> lies within its box (by <see cref="Slack"/>) and none scrolls.</summary>
    private static bool SubtreeInside(World ecs, Entity root, ref (Entity Node, float X, float Y)[] stack)
    {
        var box = ecs.Get<LayoutHandle>(root).Node;
        float right = box.Width + Slack, bottom = box.Height + Slack;
        var top = 0;
        stack[top++] = (root, 0, 0);
        while (top > 0)
        {
            var (e, x, y) = stack[--top];
            foreach (var child in ecs.Children(e))
            {
                var n = ecs.Get<LayoutHandle>(child).Node;
                float left = x + n.Left, up = y + n.Top;
                if (ecs.Has<ScrollContainer>(child)) return false;
                if (!(left >= -Slack && up >= -Slack && left + n.Width <= right && up + n.Height <= bottom)) return false;
                if (top == stack.Length) Array.Resize(ref stack, top * 2);
                stack[top++] = (child, left, up);
            }
        }
        return true;
    }
}
