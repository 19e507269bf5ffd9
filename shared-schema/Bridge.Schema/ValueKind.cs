namespace Bridge.Schema;

/// <summary>What kind of value a prop takes.</summary>
public enum ValueKind : byte
{
    /// <summary>A finite number.</summary>
    Number = 1,
    /// <summary>A length: a number of points, and where <see cref="LengthForms"/> allows, "N%", "auto" or an intrinsic keyword.</summary>
    Length = 2,
    /// <summary>One of the strings listed in <see cref="PropInfo.Keywords"/>.</summary>
    Keyword = 3,
    /// <summary>A CSS colour: #rgb, #rrggbb, #rrggbbaa, rgb()/rgba() or a named colour.</summary>
    Colour = 4,
    /// <summary>Any string.</summary>
    String = 5,
    /// <summary>true or false.</summary>
    Bool = 6,
    /// <summary>A whole number ≥ 0.</summary>
    Integer = 7,
    /// <summary>A flat list of (operation, value) pairs: scale, scaleX, scaleY, translateX, translateY, rotate.</summary>
    Transform = 8,
    /// <summary>An event handler; on the wire, true when present.</summary>
    Handler = 9,
    /// <summary>A font weight: "normal", "bold", "100".."900" or a number 1..1000.</summary>
    FontWeight = 10,
    /// <summary>A set of directions: one of "up", "down", "left", "right", "all", several of them separated by spaces,
    /// or an array of them.</summary>
    Directions = 11,
}

/// <summary>The forms a <see cref="ValueKind.Length"/> prop accepts besides points.</summary>
[Flags]
public enum LengthForms : byte
{
    /// <summary>Points only.</summary>
    Points = 0,
    /// <summary>"N%" of the containing block.</summary>
    Percent = 1,
    /// <summary>"auto".</summary>
    Auto = 2,
    /// <summary>"max-content", "fit-content", "stretch".</summary>
    Intrinsic = 4,
}

/// <summary>Which part of the engine a prop feeds.</summary>
public enum PropCategory : byte
{
    /// <summary>Read by the layout system.</summary>
    Layout = 1,
    /// <summary>Read by the render system.</summary>
    Visual = 2,
    /// <summary>Read by the text system.</summary>
    Text = 3,
    /// <summary>Node behaviour: identity, focus, scrolling, resources, handlers.</summary>
    Node = 4,
}
