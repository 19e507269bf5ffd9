using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;
using Bridge.Layout;
using Direction = Bridge.Interaction.Focus.Direction;

namespace Bridge.Engine.Focus;

/// <summary>The last focused child of a focus group (a scroll container), restored when focus re-enters it.</summary>
public record struct FocusMemory(Entity Child);

/// <summary>The widget world as the spatial navigator sees it: node handles are entity slot indices.</summary>
/// <remarks>Reads the layout nodes (boxes via <see cref="UiWorld.AbsoluteBox"/>), <see cref="ChildIndex"/> (children by
/// index and their order), <see cref="Focusable"/>, <see cref="ScrollContainer"/>, <see cref="FocusOptions"/>, <see cref="Style"/> and the
/// hierarchy; writes <see cref="FocusMemory"/>. Scroll containers are rails: they remember their last focused child.
/// A subtree with display none or opacity 0 (hidden and shadow page roots) is not navigable. The testIDs of focus
/// options name nodes under <c>scope</c> (the active page root; null: the screen), as another page may use the same
/// testIDs.</remarks>
internal readonly struct EcsFocusGraph(UiWorld world, Entity scope) : IFocusGraph
{
    private readonly World _ecs = world.Ecs;

    public int Parent(int node)
    {
        var parent = _ecs.ParentOf(_ecs.EntityAt(node));
        return parent.IsNull ? -1 : parent.Index;
    }

    public int ChildCount(int node) => _ecs.ChildCount(_ecs.EntityAt(node));

    public int Child(int node, int index)
    {
        var parent = _ecs.EntityAt(node);
        if (world.TryGetChildIndex(parent, out var children))
        {
            return (uint)index < (uint)children.Count ? children.Items[index].Index : -1;
        }
        if (_ecs.Has<ScrollContainer>(parent))
        {
            // A rail the layout has not reached (culled in a scrolled page): index it rather than walk siblings, O(index).
            ref readonly var built = ref world.IndexChildren(parent);
            return (uint)index < (uint)built.Count ? built.Items[index].Index : -1;
        }
        var child = _ecs.FirstChild(parent);
        for (var i = 0; i < index && !child.IsNull; i++)
        {
            child = _ecs.NextSibling(child);
        }
        return child.IsNull ? -1 : child.Index;
    }

    // Recomputed rather than read from LayoutBox: a node in a culled subtree (a far rail tile) has a stale one.
    public Rect Bounds(int node)
    {
        var box = world.AbsoluteBox(_ecs.EntityAt(node));
        return new Rect(box.AbsoluteX, box.AbsoluteY, box.W, box.H);
    }

    public bool IsFocusable(int node) => _ecs.TryGet(_ecs.EntityAt(node), out Focusable f) && f.Enabled;

    public bool IsNavigable(int node)
    {
        var e = _ecs.EntityAt(node);
        if (e.IsNull || !_ecs.TryGet(e, out LayoutHandle layout) || layout.Node.Style.Display == Display.None)
        {
            return false;
        }
        return !_ecs.TryGet(e, out Style style) || style.Opacity > 0;
    }

    public FocusGroup Group(int node)
    {
        var e = _ecs.EntityAt(node);
        bool scroll = _ecs.TryGet(e, out ScrollContainer sc) && sc.Axis != ScrollAxis.None;
        if (!_ecs.TryGet(e, out FocusOptions o))
        {
            return scroll ? FocusGroup.Rail : FocusGroup.None;
        }
        var kind = o.Group == FocusGroupKind.Unset ? (scroll ? FocusGroupKind.Remember : FocusGroupKind.None) : o.Group;
        // Boundaries, wrapping and a preferred child only mean something on a group, so they make one.
        if (kind == FocusGroupKind.None && (o.Boundary != 0 || o.Wrap != 0 || o.Preferred is not null))
        {
            kind = FocusGroupKind.Group;
        }
        var flags = kind switch
        {
            FocusGroupKind.Group => FocusGroupFlags.Group,
            FocusGroupKind.Remember => FocusGroupFlags.Group | FocusGroupFlags.RememberLast,
            _ => FocusGroupFlags.None,
        };
        return new FocusGroup(flags, Find(o.Preferred), o.Boundary, o.Wrap);
    }

    public int Override(int node, Direction direction)
    {
        if (!_ecs.TryGet(_ecs.EntityAt(node), out FocusOptions o))
        {
            return -1;
        }
        return Find(direction switch
        {
            Direction.Up => o.NextUp,
            Direction.Down => o.NextDown,
            Direction.Left => o.NextLeft,
            _ => o.NextRight,
        });
    }

    // An id naming no live node counts as none: a target may mount later (or never), as in React Native TV.
    private int Find(string? testId) =>
        testId is not null && world.TryFindByTestIdWithin(testId, scope.IsNull ? world.ScreenRoot : scope, out var target) ? target.Index : -1;

    public ChildOrder Order(int node) => world.ChildOrderOf(_ecs.EntityAt(node));

    public int RememberedChild(int group)
    {
        var g = _ecs.EntityAt(group);
        return _ecs.TryGet(g, out FocusMemory memory) && _ecs.IsAlive(memory.Child) && _ecs.ParentOf(memory.Child) == g
            ? memory.Child.Index
            : -1;
    }

    public void Remember(int group, int child) => _ecs.Set(_ecs.EntityAt(group), new FocusMemory(_ecs.EntityAt(child)));
}
