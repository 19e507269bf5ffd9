namespace Bridge.Engine.Ecs;

/// <summary>An entity's place in the tree: its parent and its neighbours in the parent's ordered child list.</summary>
/// <remarks>Children form a doubly linked list, so insert, move and remove are O(1); only the cycle check on insert
/// walks the new parent's ancestors. Maintained by <see cref="World"/>; never write it directly.</remarks>
public struct Hierarchy
{
    /// <summary>The parent, or null for a root.</summary>
    public Entity Parent;
    /// <summary>The first child in order.</summary>
    public Entity FirstChild;
    /// <summary>The last child in order.</summary>
    public Entity LastChild;
    /// <summary>The sibling before this one.</summary>
    public Entity PreviousSibling;
    /// <summary>The sibling after this one.</summary>
    public Entity NextSibling;
    /// <summary>Number of direct children.</summary>
    public int ChildCount;
}

/// <summary>Enumerates an entity's children in order without allocating.</summary>
public struct ChildEnumerator
{
    private readonly World _world;
    private Entity _next;

    internal ChildEnumerator(World world, Entity first)
    {
        _world = world;
        _next = first;
        Current = Entity.Null;
    }

    /// <summary>The current child.</summary>
    public Entity Current { get; private set; }

    /// <summary>Advances to the next child.</summary>
    public bool MoveNext()
    {
        if (_next.IsNull) return false;
        Current = _next;
        _next = _world.NextSibling(_next);
        return true;
    }

    /// <summary>Returns this enumerator (lets <c>foreach</c> run over <see cref="World.Children"/>).</summary>
    public readonly ChildEnumerator GetEnumerator() => this;
}
