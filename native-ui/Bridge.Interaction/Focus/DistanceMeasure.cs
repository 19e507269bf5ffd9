namespace Bridge.Interaction.Focus;

/// <summary>How the distance across the direction of travel (the secondary axis) is measured between two boxes.</summary>
public enum DistanceMeasure : byte
{
    /// <summary>The smallest distance between the boxes' corners (Norigin's default).</summary>
    Corners = 0,
    /// <summary>The distance between the boxes' centres.</summary>
    Center = 1,
    /// <summary>The gap between the boxes' nearest edges, zero when they overlap.</summary>
    Edges = 2,
}
