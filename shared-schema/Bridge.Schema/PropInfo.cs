namespace Bridge.Schema;

/// <summary>The contract of one prop: its JS name, value kind, accepted forms and default.</summary>
/// <param name="Key">The wire code.</param>
/// <param name="JsName">The name page code uses (style key or prop name).</param>
/// <param name="Kind">What kind of value it takes.</param>
/// <param name="Category">Which part of the engine reads it.</param>
/// <param name="Keywords">The accepted strings, for <see cref="ValueKind.Keyword"/> props.</param>
/// <param name="Forms">The accepted length forms besides points, for <see cref="ValueKind.Length"/> props.</param>
/// <param name="Default">The value an unset prop has, as page code would write it ("undefined" when none).</param>
public sealed record PropInfo(
    PropKey Key,
    string JsName,
    ValueKind Kind,
    PropCategory Category,
    IReadOnlyList<string> Keywords,
    LengthForms Forms,
    string Default)
{
    /// <summary>Longest string a <see cref="ValueKind.String"/> prop takes.</summary>
    public const int DefaultMaxLength = 1024;

    /// <summary>True for props read from the <c>style</c> object rather than directly from the element's props.</summary>
    public bool IsStyle => Category != PropCategory.Node;

    /// <summary>The numbers a <see cref="ValueKind.Number"/> or <see cref="ValueKind.Length"/> prop takes (points for a
    /// length; its percentages are bounded by <see cref="NumberRange.Percent"/>).</summary>
    public NumberRange Range { get; init; } = NumberRange.Offset;

    /// <summary>Longest string a <see cref="ValueKind.String"/> prop takes, in UTF-16 code units.</summary>
    public int MaxLength { get; init; } = DefaultMaxLength;
}
