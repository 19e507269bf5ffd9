namespace Bridge.Schema;

/// <summary>Remote-control keys; the JS names are the lower-case member names.</summary>
public enum KeyName : byte
{
    /// <summary>'up'</summary>
    Up = 1,
    /// <summary>'down'</summary>
    Down = 2,
    /// <summary>'left'</summary>
    Left = 3,
    /// <summary>'right'</summary>
    Right = 4,
    /// <summary>'select': calls onPress of the focused node.</summary>
    Select = 5,
    /// <summary>'back'</summary>
    Back = 6,
}

/// <summary>Conversions between <see cref="KeyName"/> and its JS name.</summary>
public static class KeyNames
{
    /// <summary>The JS name of a key ('up', 'select', ...).</summary>
    public static string ToJs(KeyName key) => key switch
    {
        KeyName.Up => "up",
        KeyName.Down => "down",
        KeyName.Left => "left",
        KeyName.Right => "right",
        KeyName.Select => "select",
        KeyName.Back => "back",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a key of the schema"),
    };

    /// <summary>Finds a key by its JS name; false when the name is not a key of the schema.</summary>
    public static bool TryParse(string name, out KeyName key)
    {
        foreach (var k in Enum.GetValues<KeyName>())
        {
            if (ToJs(k) == name)
            {
                key = k;
                return true;
            }
        }
        key = default;
        return false;
    }
}
