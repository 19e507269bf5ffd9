using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Focus;

/// <summary>Whether a node's children are laid out in order along one axis (a rail), which lets search skip far children.</summary>
/// <remarks>
/// Report an order only when it holds: children's start and end edges are both non-decreasing with the index along
/// the axis, and every child's box (and its focusable descendants') lies within the node's box across the axis, as in
/// a single flex line that does not overflow. Search then costs O(log n) per key instead of O(n).
/// </remarks>
public enum ChildOrder : byte
{
    /// <summary>No order is promised.</summary>
    None = 0,
    /// <summary>Children's left and right edges are both non-decreasing with the child index.</summary>
    Horizontal = 1,
    /// <summary>Children's top and bottom edges are both non-decreasing with the child index.</summary>
    Vertical = 2,
}

/// <summary>The tree that spatial navigation reads, addressed by int node handles; the host (the ECS) implements it.</summary>
/// <remarks>
/// Implement it on a struct that wraps the host's storage and pass it as a generic argument, so that calls are direct
/// and nothing is boxed. Handles are non-negative; -1 means "none" everywhere.
/// </remarks>
public interface IFocusGraph
{
    /// <summary>The parent of a node, or -1 for the root.</summary>
    int Parent(int node);

    /// <summary>The number of children of a node.</summary>
    int ChildCount(int node);

    /// <summary>The child of a node at an index in layout order.</summary>
    int Child(int node, int index);

    /// <summary>The absolute layout box of a node after scroll offsets, without transforms such as the focus scale.</summary>
    Rect Bounds(int node);

    /// <summary>True when the node can hold focus.</summary>
    bool IsFocusable(int node);

    /// <summary>True when the node and its subtree take part in navigation: displayed, visible and enabled (culling does not count).</summary>
    bool IsNavigable(int node);

    /// <summary>The focus-group options of a node (<see cref="FocusGroup.None"/> for a plain node).</summary>
    FocusGroup Group(int node);

    /// <summary>An explicit target for a direction from this node, or -1 for geometric search.</summary>
    int Override(int node, Direction direction);

    /// <summary>Whether the node's children are ordered along an axis.</summary>
    ChildOrder Order(int node);

    /// <summary>The child a group remembered by <see cref="Remember"/>, or -1.</summary>
    int RememberedChild(int group);

    /// <summary>Stores the direct focus child of a group on the path to the newly focused node.</summary>
    void Remember(int group, int child);
}
