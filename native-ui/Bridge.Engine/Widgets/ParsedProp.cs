using Bridge.Graphics;
using Bridge.Interaction.Focus;
using Bridge.Layout;
using Bridge.Schema;

namespace Bridge.Engine.Widgets;

/// <summary>The shape of a <see cref="ParsedProp"/>'s value.</summary>
public enum ParsedKind : byte
{
    /// <summary>Unset: restores the prop's default.</summary>
    Unset,
    /// <summary><see cref="ParsedProp.Number"/>.</summary>
    Number,
    /// <summary><see cref="ParsedProp.Length"/>.</summary>
    Length,
    /// <summary><see cref="ParsedProp.Integer"/> is the index into the prop's keyword list.</summary>
    Keyword,
    /// <summary><see cref="ParsedProp.Colour"/>.</summary>
    Colour,
    /// <summary><see cref="ParsedProp.Text"/>.</summary>
    String,
    /// <summary><see cref="ParsedProp.Bool"/>.</summary>
    Bool,
    /// <summary><see cref="ParsedProp.Integer"/> (line counts, font weights).</summary>
    Integer,
    /// <summary><see cref="ParsedProp.Transform"/>.</summary>
    Transform,
    /// <summary><see cref="ParsedProp.Handler"/>; applying a null delegate clears the handler, so the bus applier replaces
    /// the parsed placeholder with <see cref="ParsedProp.OfHandler"/> and its forwarding delegate.</summary>
    Handler,
    /// <summary>A set of directions, in <see cref="ParsedProp.Directions"/>.</summary>
    Directions,
}

/// <summary>A prop value validated against its contract, ready to apply to an entity without further checks.</summary>
/// <remarks>Produced by <see cref="PropParser.TryParse"/> (pure, no world access) so that a batch can be validated as a
/// whole before anything is applied; applied by <see cref="UiWorld.ApplyProp"/>.</remarks>
public readonly struct ParsedProp
{
    private ParsedProp(PropKey key, ParsedKind kind, float number = 0, Length length = default, int integer = 0,
                       Rgba colour = default, string? text = null, TransformOp[]? transform = null, Delegate? handler = null)
    {
        Key = key;
        Kind = kind;
        Number = number;
        Length = length;
        Integer = integer;
        Colour = colour;
        Text = text;
        Transform = transform;
        Handler = handler;
    }

    /// <summary>The prop.</summary>
    public PropKey Key { get; }

    /// <summary>Which field holds the value.</summary>
    public ParsedKind Kind { get; }

    /// <summary>A plain number.</summary>
    public float Number { get; }

    /// <summary>A length.</summary>
    public Length Length { get; }

    /// <summary>A keyword index, a line count or a font weight.</summary>
    public int Integer { get; }

    /// <summary>A colour.</summary>
    public Rgba Colour { get; }

    /// <summary>A string.</summary>
    public string? Text { get; }

    /// <summary>A boolean (stored in <see cref="Integer"/>).</summary>
    public bool Bool => Integer != 0;

    /// <summary>Transform operations.</summary>
    public TransformOp[]? Transform { get; }

    /// <summary>A handler delegate of the type the prop's <see cref="Handlers"/> field takes.</summary>
    public Delegate? Handler { get; }

    /// <summary>Unsets <paramref name="key"/>.</summary>
    public static ParsedProp Unset(PropKey key) => new(key, ParsedKind.Unset);

    /// <summary>A number value.</summary>
    public static ParsedProp OfNumber(PropKey key, float value) => new(key, ParsedKind.Number, number: value);

    /// <summary>A length value.</summary>
    public static ParsedProp OfLength(PropKey key, Length value) => new(key, ParsedKind.Length, length: value);

    /// <summary>A keyword, by index into the prop's keyword list.</summary>
    public static ParsedProp OfKeyword(PropKey key, int index) => new(key, ParsedKind.Keyword, integer: index);

    /// <summary>A colour value.</summary>
    public static ParsedProp OfColour(PropKey key, Rgba value) => new(key, ParsedKind.Colour, colour: value);

    /// <summary>A string value.</summary>
    public static ParsedProp OfString(PropKey key, string value) => new(key, ParsedKind.String, text: value);

    /// <summary>A boolean value.</summary>
    public static ParsedProp OfBool(PropKey key, bool value) => new(key, ParsedKind.Bool, integer: value ? 1 : 0);

    /// <summary>An integer value.</summary>
    public static ParsedProp OfInteger(PropKey key, int value) => new(key, ParsedKind.Integer, integer: value);

    /// <summary>A transform list.</summary>
    public static ParsedProp OfTransform(PropKey key, TransformOp[] ops) => new(key, ParsedKind.Transform, transform: ops);

    /// <summary>A set of directions.</summary>
    public static ParsedProp OfDirections(PropKey key, DirectionSet value) => new(key, ParsedKind.Directions, integer: (int)value);

    /// <summary>The value of a <see cref="ParsedKind.Directions"/> prop.</summary>
    public DirectionSet Directions => (DirectionSet)Integer;

    /// <summary>A handler; <paramref name="handler"/> must match the prop (Action, Func&lt;KeyEvent,bool&gt;, Action&lt;LayoutBox&gt;).</summary>
    public static ParsedProp OfHandler(PropKey key, Delegate? handler) => new(key, ParsedKind.Handler, handler: handler);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ParsedKind.Unset => $"{Key}=unset",
        ParsedKind.Number => $"{Key}={Number}",
        ParsedKind.Length => $"{Key}={Length}",
        ParsedKind.Keyword => $"{Key}={PropCatalog.Get(Key).Keywords[Integer]}",
        ParsedKind.Colour => $"{Key}={Colour}",
        ParsedKind.String => $"{Key}=\"{Text}\"",
        ParsedKind.Bool => $"{Key}={Bool}",
        ParsedKind.Integer => $"{Key}={Integer}",
        ParsedKind.Transform => $"{Key}=[{Transform!.Length} ops]",
        ParsedKind.Directions => $"{Key}={Directions}",
        _ => $"{Key}=handler",
    };
}
