namespace Bridge.Schema;

/// <summary>The kind of a decoded wire value.</summary>
public enum PropValueKind : byte
{
    /// <summary>nil: unsets a prop back to its default.</summary>
    Null = 0,
    /// <summary>true or false.</summary>
    Bool = 1,
    /// <summary>A number (integers and floats alike).</summary>
    Number = 2,
    /// <summary>A string.</summary>
    String = 3,
    /// <summary>An array of values (transform lists).</summary>
    Array = 4,
}

/// <summary>A prop value as it crossed the bus, before the engine parses it against the prop's contract.</summary>
public readonly struct PropValue : IEquatable<PropValue>
{
    private readonly double _number;
    private readonly object? _ref;

    private PropValue(PropValueKind kind, double number, object? reference)
    {
        Kind = kind;
        _number = number;
        _ref = reference;
    }

    /// <summary>The nil value (unset).</summary>
    public static PropValue Null => default;

    /// <summary>What kind of value this is.</summary>
    public PropValueKind Kind { get; }

    /// <summary>The number, for <see cref="PropValueKind.Number"/>.</summary>
    public double Number => _number;

    /// <summary>The boolean, for <see cref="PropValueKind.Bool"/>.</summary>
    public bool Bool => _number != 0;

    /// <summary>The string, for <see cref="PropValueKind.String"/>; otherwise null.</summary>
    public string? String => _ref as string;

    /// <summary>The items, for <see cref="PropValueKind.Array"/>; otherwise null.</summary>
    public IReadOnlyList<PropValue>? Items => _ref as PropValue[];

    /// <summary>True for nil.</summary>
    public bool IsNull => Kind == PropValueKind.Null;

    /// <summary>A number value.</summary>
    public static PropValue Of(double number) => new(PropValueKind.Number, number, null);

    /// <summary>A boolean value.</summary>
    public static PropValue Of(bool value) => new(PropValueKind.Bool, value ? 1 : 0, null);

    /// <summary>A string value; null gives nil.</summary>
    public static PropValue Of(string? value) => value is null ? Null : new(PropValueKind.String, 0, value);

    /// <summary>An array value.</summary>
    public static PropValue Of(PropValue[] items) => new(PropValueKind.Array, 0, items);

    /// <inheritdoc/>
    public bool Equals(PropValue other)
    {
        if (Kind != other.Kind)
        {
            return false;
        }
        switch (Kind)
        {
            case PropValueKind.Null:
                return true;
            case PropValueKind.Bool:
            case PropValueKind.Number:
                return _number.Equals(other._number);
            case PropValueKind.String:
                return string.Equals(String, other.String, StringComparison.Ordinal);
            default:
                var a = (PropValue[])_ref!;
                var b = (PropValue[])other._ref!;
                return a.AsSpan().SequenceEqual(b);
        }
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PropValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _number, Kind == PropValueKind.String ? String : null);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        PropValueKind.Null => "nil",
        PropValueKind.Bool => Bool ? "true" : "false",
        PropValueKind.Number => _number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PropValueKind.String => "\"" + String + "\"",
        _ => "[" + string.Join(", ", (PropValue[])_ref!) + "]",
    };

    /// <summary>Value equality.</summary>
    public static bool operator ==(PropValue left, PropValue right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(PropValue left, PropValue right) => !left.Equals(right);
}
