using Bridge.Interaction.Focus;

namespace Bridge.Interaction.Input;

/// <summary>A remote-control key; the values equal <c>Bridge.Schema.KeyName</c>, so the host converts by a cast.</summary>
public enum RemoteKey : byte
{
    /// <summary>D-pad up.</summary>
    Up = 1,
    /// <summary>D-pad down.</summary>
    Down = 2,
    /// <summary>D-pad left.</summary>
    Left = 3,
    /// <summary>D-pad right.</summary>
    Right = 4,
    /// <summary>OK / enter: presses the focused node.</summary>
    Select = 5,
    /// <summary>Back: goes back in history.</summary>
    Back = 6,
}

/// <summary>Helpers over <see cref="RemoteKey"/>.</summary>
public static class RemoteKeys
{
    /// <summary>The direction of a D-pad key; false for select and back.</summary>
    public static bool TryGetDirection(this RemoteKey key, out Direction direction)
    {
        if (key is >= RemoteKey.Up and <= RemoteKey.Right)
        {
            direction = (Direction)key;
            return true;
        }
        direction = default;
        return false;
    }
}
