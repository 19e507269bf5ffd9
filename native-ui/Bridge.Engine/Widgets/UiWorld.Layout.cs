using Bridge.Engine.Ecs;
using Bridge.Interaction.Focus;
using Bridge.Layout;

namespace Bridge.Engine.Widgets;

public sealed partial class UiWorld
{
    private Entity[] _chain = new Entity[32];

    /// <summary>The box of <paramref name="e"/> from the last layout, with its absolute position recomputed from the
    /// relative boxes and scroll offsets of its ancestors.</summary>
    /// <remarks>Exact even where <see cref="LayoutBox"/> is stale: inside a subtree the layout walk culled, or for a far
    /// child of a scroll container that it skipped. Sums in the same order as the layout walk, so where the published
    /// box is fresh the two are equal to the bit. O(depth); allocates nothing once its buffer has grown.</remarks>
    public LayoutBox AbsoluteBox(Entity e)
    {
        Ecs.EnsureAlive(e, "AbsoluteBox");
        ParentOrigin(e, out var x, out var y);
        return BoxAt(e, x, y);
    }

    /// <summary>The absolute content origin of <paramref name="e"/>'s parent (0, 0 for a root), as the layout walk computes it.</summary>
    internal void ParentOrigin(Entity e, out float x, out float y)
    {
        var depth = 0;
        for (var a = Ecs.ParentOf(e); !a.IsNull; a = Ecs.ParentOf(a))
        {
            if (depth == _chain.Length) Array.Resize(ref _chain, depth * 2);
            _chain[depth++] = a;
        }
        x = 0;
        y = 0;
        for (var i = depth - 1; i >= 0; i--) ContentOrigin(_chain[i], ref x, ref y);
    }

    /// <summary>Moves (<paramref name="x"/>, <paramref name="y"/>) from the content origin of <paramref name="e"/>'s parent
    /// to that of <paramref name="e"/>: adds its position, subtracts its scroll offset.</summary>
    internal void ContentOrigin(Entity e, ref float x, ref float y)
    {
        var node = Ecs.Get<LayoutHandle>(e).Node;
        x += node.Left;
        y += node.Top;
        if (Ecs.TryGet(e, out ScrollContainer scroll))
        {
            x -= scroll.OffsetX;
            y -= scroll.OffsetY;
        }
    }

    /// <summary>The box of <paramref name="e"/> from its layout node, placed in a parent whose content origin is at
    /// (<paramref name="parentX"/>, <paramref name="parentY"/>); a node never laid out has a zero size, as a fresh
    /// <see cref="LayoutBox"/> has.</summary>
    internal LayoutBox BoxAt(Entity e, float parentX, float parentY)
    {
        var node = Ecs.Get<LayoutHandle>(e).Node;
        float w = float.IsNaN(node.Width) ? 0 : node.Width, h = float.IsNaN(node.Height) ? 0 : node.Height;
        return new LayoutBox(node.Left, node.Top, w, h, parentX + node.Left, parentY + node.Top);
    }

    /// <summary>The children index of <paramref name="e"/> when one was built and its hierarchy has not changed since.</summary>
    internal bool TryGetChildIndex(Entity e, out ChildIndex index) =>
        Ecs.TryGet(e, out index) && !Ecs.ChangedSince<Hierarchy>(e, index.BuiltAfterTick);

    /// <summary>The children index of <paramref name="e"/>, its items rebuilt first when its hierarchy changed since they
    /// were built (the order is then unchecked until the layout reaches it).</summary>
    /// <remarks>Allocates only when the index is created or its array grows.</remarks>
    internal ref ChildIndex IndexChildren(Entity e)
    {
        var stale = !TryGetChildIndex(e, out _);
        if (!Ecs.Has<ChildIndex>(e)) Ecs.Set(e, new ChildIndex { Items = [] });
        // A cache derived from the hierarchy and the layout: refreshing it is not a change.
        ref var index = ref Ecs.GetUnmarked<ChildIndex>(e);
        if (stale)
        {
            var count = Ecs.ChildCount(e);
            if (index.Items.Length < count) index.Items = new Entity[Math.Max(count, index.Items.Length * 2)];
            var i = 0;
            foreach (var child in Ecs.Children(e)) index.Items[i++] = child;
            index.Count = count;
            index.Order = ChildOrder.None;
            index.OrderChecked = false;
            index.LiveStart = index.LiveEnd = 0;
            // Writes later in this system run carry the current tick and must count as changes.
            index.BuiltAfterTick = Ecs.Tick - 1;
        }
        return ref index;
    }

    /// <summary>The order of <paramref name="e"/>'s children that navigation may rely on now, or <see cref="ChildOrder.None"/>.</summary>
    /// <remarks>The order was checked on the boxes of the last layout that reached the container; it is withdrawn when the
    /// hierarchy changed since, when a later layout gave the container a new box the walk has not checked yet (it was
    /// culled), or when the container is scrolled across the order's axis (children would leave its box).</remarks>
    internal ChildOrder ChildOrderOf(Entity e)
    {
        if (!TryGetChildIndex(e, out var index) || index.Order == ChildOrder.None) return ChildOrder.None;
        if (Ecs.Get<LayoutHandle>(e).Node.HasNewLayout) return ChildOrder.None;
        if (Ecs.TryGet(e, out ScrollContainer scroll) && (index.Order == ChildOrder.Horizontal ? scroll.OffsetY : scroll.OffsetX) != 0)
            return ChildOrder.None;
        return index.Order;
    }
}
