using System.Runtime.CompilerServices;

namespace Bridge.Engine.Ecs;

public sealed partial class World
{
    private readonly ComponentStorage<Hierarchy> _hierarchy;
    private Entity[] _walk = new Entity[64];

    /// <summary>Called for each entity of a subtree just before it is destroyed (its components are still readable).</summary>
    public Action<Entity>? Destroying { get; set; }

    /// <summary>The parent of <paramref name="e"/>, or null for a root.</summary>
    public Entity ParentOf(Entity e) => HierarchyOrDefault(e).Parent;

    /// <summary>The first child of <paramref name="e"/>, or null.</summary>
    public Entity FirstChild(Entity e) => HierarchyOrDefault(e).FirstChild;

    /// <summary>The next sibling of <paramref name="e"/>, or null.</summary>
    public Entity NextSibling(Entity e) => HierarchyOrDefault(e).NextSibling;

    /// <summary>The number of children of <paramref name="e"/>.</summary>
    public int ChildCount(Entity e) => HierarchyOrDefault(e).ChildCount;

    /// <summary>The children of <paramref name="e"/> in order.</summary>
    public ChildEnumerator Children(Entity e) => new(this, HierarchyOrDefault(e).FirstChild);

    /// <summary>Inserts <paramref name="child"/> under <paramref name="parent"/> before <paramref name="before"/> (null appends), moving it if it had a parent.</summary>
    public void InsertChild(Entity parent, Entity child, Entity before = default)
    {
        EnsureAlive(parent, "InsertChild parent");
        EnsureAlive(child, "InsertChild child");
        if (parent == child) Throw.Hierarchy($"InsertChild: cannot insert {child} into itself");
        if (before == child) Throw.Hierarchy($"InsertChild: {child} cannot be inserted before itself");
        for (Entity a = ParentOf(parent); !a.IsNull; a = ParentOf(a))
            if (a == child) Throw.Hierarchy($"InsertChild: inserting {child} under its descendant {parent} would make a cycle");
        if (!before.IsNull)
        {
            EnsureAlive(before, "InsertChild before");
            if (ParentOf(before) != parent) Throw.Hierarchy($"InsertChild: {before} is not a child of {parent}");
        }
        // Create both rows before taking refs: adding a row may grow the storage arrays.
        EnsureHierarchy(parent);
        EnsureHierarchy(child);
        if (!HierarchyRef(child).Parent.IsNull) Detach(child);

        ref Hierarchy p = ref HierarchyRef(parent);
        ref Hierarchy c = ref HierarchyRef(child);
        c.Parent = parent;
        c.NextSibling = before;
        if (before.IsNull)
        {
            c.PreviousSibling = p.LastChild;
            if (p.LastChild.IsNull) p.FirstChild = child;
            else HierarchyRef(p.LastChild).NextSibling = child;
            p.LastChild = child;
        }
        else
        {
            ref Hierarchy b = ref HierarchyRef(before);
            c.PreviousSibling = b.PreviousSibling;
            if (b.PreviousSibling.IsNull) p.FirstChild = child;
            else HierarchyRef(b.PreviousSibling).NextSibling = child;
            b.PreviousSibling = child;
        }
        p.ChildCount++;
        StampHierarchy(parent);
        StampHierarchy(child);
    }

    /// <summary>Removes <paramref name="child"/> from <paramref name="parent"/>'s children; the child stays alive as a root.</summary>
    public void RemoveChild(Entity parent, Entity child)
    {
        EnsureAlive(parent, "RemoveChild parent");
        EnsureAlive(child, "RemoveChild child");
        if (ParentOf(child) != parent) Throw.Hierarchy($"RemoveChild: {child} is not a child of {parent}");
        Detach(child);
    }

    /// <summary>Destroys <paramref name="root"/> and all its descendants, detaching the root from its parent first.</summary>
    public void DestroySubtree(Entity root)
    {
        EnsureAlive(root, "DestroySubtree");
        if (!ParentOf(root).IsNull) Detach(root);
        int top = 0;
        _walk[top++] = root;
        while (top > 0)
        {
            Entity e = _walk[--top];
            for (Entity c = FirstChild(e); !c.IsNull; c = NextSibling(c))
            {
                if (top == _walk.Length) Array.Resize(ref _walk, top * 2);
                _walk[top++] = c;
            }
            Destroying?.Invoke(e);
            Release(e);
        }
    }

    /// <summary>Zero-based position of <paramref name="child"/> among its siblings (walks the list: O(position)).</summary>
    public int IndexInParent(Entity child)
    {
        int i = 0;
        for (Entity s = HierarchyOrDefault(child).PreviousSibling; !s.IsNull; s = HierarchyOrDefault(s).PreviousSibling) i++;
        return i;
    }

    private void Detach(Entity child)
    {
        ref Hierarchy c = ref HierarchyRef(child);
        Entity parent = c.Parent;
        ref Hierarchy p = ref HierarchyRef(parent);
        if (c.PreviousSibling.IsNull) p.FirstChild = c.NextSibling;
        else HierarchyRef(c.PreviousSibling).NextSibling = c.NextSibling;
        if (c.NextSibling.IsNull) p.LastChild = c.PreviousSibling;
        else HierarchyRef(c.NextSibling).PreviousSibling = c.PreviousSibling;
        p.ChildCount--;
        c.Parent = Entity.Null;
        c.PreviousSibling = Entity.Null;
        c.NextSibling = Entity.Null;
        StampHierarchy(parent);
        StampHierarchy(child);
    }

    private void EnsureHierarchy(Entity e)
    {
        if (!_hierarchy.Has(e.Index)) _hierarchy.Set(e, default, _tick);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Hierarchy HierarchyRef(Entity e) => ref _hierarchy.RefAt(_hierarchy.RowOf(e.Index));

    private void StampHierarchy(Entity e) => _hierarchy.Stamp(_hierarchy.RowOf(e.Index), _tick);

    private static readonly Hierarchy Empty;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly Hierarchy HierarchyOrDefault(Entity e)
    {
        int row = IsAlive(e) ? _hierarchy.RowOf(e.Index) : -1;
        if (row < 0) return ref Empty;
        return ref _hierarchy.RefAt(row);
    }
}
