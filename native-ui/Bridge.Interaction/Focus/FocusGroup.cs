namespace Bridge.Interaction.Focus;

/// <summary>Behaviour flags of a focus group.</summary>
[Flags]
public enum FocusGroupFlags : byte
{
    /// <summary>Not a group: the node is transparent to navigation.</summary>
    None = 0,
    /// <summary>The node is a focus group: navigation searches inside it before leaving it.</summary>
    Group = 1 << 0,
    /// <summary>On re-entry, focus goes back to the child that was focused last.</summary>
    RememberLast = 1 << 1,
}

/// <summary>How a node takes part in navigation as a container: group, memory, preferred child and boundaries.</summary>
/// <param name="Flags">Group behaviour; <see cref="FocusGroupFlags.None"/> for plain nodes.</param>
/// <param name="PreferredChild">The node to focus on entry when nothing is remembered, or -1.</param>
/// <param name="Boundary">Directions in which focus may not leave the group.</param>
/// <param name="Wrap">Directions in which focus wraps around to the group's far side instead of leaving it (LRUD's wrapping).</param>
public readonly record struct FocusGroup(FocusGroupFlags Flags, int PreferredChild, DirectionSet Boundary, DirectionSet Wrap = DirectionSet.None)
{
    /// <summary>The options of a node that is not a group.</summary>
    public static FocusGroup None => new(FocusGroupFlags.None, -1, DirectionSet.None);

    /// <summary>A group that remembers its last focused child (a rail).</summary>
    public static FocusGroup Rail => new(FocusGroupFlags.Group | FocusGroupFlags.RememberLast, -1, DirectionSet.None);

    /// <summary>True when the node is a focus group.</summary>
    public bool IsGroup => (Flags & FocusGroupFlags.Group) != 0;

    /// <summary>True when the group restores its last focused child on re-entry.</summary>
    public bool RemembersLast => (Flags & FocusGroupFlags.RememberLast) != 0;
}
