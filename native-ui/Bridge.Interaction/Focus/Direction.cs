using Bridge.Schema;

namespace Bridge.Interaction.Focus;

/// <summary>A D-pad direction: the direction keys of the schema's <see cref="KeyName"/>, with their values.</summary>
public enum Direction : byte
{
    /// <summary>Towards smaller y.</summary>
    Up = KeyName.Up,
    /// <summary>Towards larger y.</summary>
    Down = KeyName.Down,
    /// <summary>Towards smaller x.</summary>
    Left = KeyName.Left,
    /// <summary>Towards larger x.</summary>
    Right = KeyName.Right,
}

/// <summary>A set of directions, used for focus boundaries.</summary>
[Flags]
public enum DirectionSet : byte
{
    /// <summary>No direction.</summary>
    None = 0,
    /// <summary>Up.</summary>
    Up = 1 << 0,
    /// <summary>Down.</summary>
    Down = 1 << 1,
    /// <summary>Left.</summary>
    Left = 1 << 2,
    /// <summary>Right.</summary>
    Right = 1 << 3,
    /// <summary>Left and right.</summary>
    Horizontal = Left | Right,
    /// <summary>Up and down.</summary>
    Vertical = Up | Down,
    /// <summary>Every direction.</summary>
    All = Horizontal | Vertical,
}

/// <summary>Helpers over <see cref="Direction"/>.</summary>
public static class Directions
{
    /// <summary>The direction of a direction key; false for select and back.</summary>
    public static bool TryGetDirection(this KeyName key, out Direction direction)
    {
        if (key is >= KeyName.Up and <= KeyName.Right)
        {
            direction = (Direction)key;
            return true;
        }
        direction = default;
        return false;
    }

    /// <summary>True for up and down.</summary>
    public static bool IsVertical(this Direction d) => d is Direction.Up or Direction.Down;

    /// <summary>True for down and right, the directions in which coordinates grow.</summary>
    public static bool IsIncreasing(this Direction d) => d is Direction.Down or Direction.Right;

    /// <summary>The one-direction set holding this direction.</summary>
    public static DirectionSet ToSet(this Direction d) => d switch
    {
        Direction.Up => DirectionSet.Up,
        Direction.Down => DirectionSet.Down,
        Direction.Left => DirectionSet.Left,
        Direction.Right => DirectionSet.Right,
        _ => throw new ArgumentOutOfRangeException(nameof(d), d, "not a direction (expected Up, Down, Left or Right)"),
    };

    /// <summary>True when the set holds the direction.</summary>
    public static bool Contains(this DirectionSet set, Direction d) => (set & d.ToSet()) != 0;
}
