namespace Bridge.Interaction.Focus;

/// <summary>Why a navigation ended where it did.</summary>
public enum NavigationReason : byte
{
    /// <summary>Focus moved to the geometrically best candidate.</summary>
    Moved = 0,
    /// <summary>Focus moved to an explicit override target.</summary>
    Override = 1,
    /// <summary>A group boundary kept focus where it was.</summary>
    Blocked = 2,
    /// <summary>Nothing lies in that direction.</summary>
    NoCandidate = 3,
    /// <summary>Focus wrapped around to the far side of a wrapping group.</summary>
    Wrapped = 4,
}

/// <summary>The outcome of one directional navigation.</summary>
/// <param name="Target">The node that should receive focus, or -1 when focus stays.</param>
/// <param name="Reason">Why the navigation ended there.</param>
/// <param name="Blocker">The group whose boundary blocked the move, or -1.</param>
public readonly record struct NavigationResult(int Target, NavigationReason Reason, int Blocker)
{
    /// <summary>True when focus moves.</summary>
    public bool HasTarget => Target >= 0;
}

/// <summary>A node that was scored during the last navigation, kept for the debug overlay.</summary>
/// <param name="Node">The candidate (a focusable node or a group).</param>
/// <param name="Score">Its priority; lower is better.</param>
/// <param name="Adjacent">True when it overlaps the reference in the adjacent slice.</param>
public readonly record struct NavigationCandidate(int Node, float Score, bool Adjacent);
