using System.Collections.Frozen;

namespace Bridge.Schema;

/// <summary>The table of every prop of the schema, looked up by code or by JS name.</summary>
public static class PropCatalog
{
    private static readonly string[] Alignments =
        ["auto", "flex-start", "center", "flex-end", "stretch", "baseline", "space-between", "space-around", "space-evenly"];

    private static readonly string[] Justifications =
        ["flex-start", "center", "flex-end", "space-between", "space-around", "space-evenly"];

    private const LengthForms Size = LengthForms.Percent | LengthForms.Auto | LengthForms.Intrinsic;
    private const LengthForms MinMax = LengthForms.Percent | LengthForms.Intrinsic;
    private const LengthForms MarginForms = LengthForms.Percent | LengthForms.Auto;
    private const LengthForms Inset = LengthForms.Percent | LengthForms.Auto;

    private static readonly PropInfo[] Table =
    [
        Keyword(PropKey.Direction, "direction", "inherit", "inherit", "ltr", "rtl"),
        Keyword(PropKey.FlexDirection, "flexDirection", "column", "column", "column-reverse", "row", "row-reverse"),
        Keyword(PropKey.JustifyContent, "justifyContent", "flex-start", Justifications),
        Keyword(PropKey.AlignContent, "alignContent", "flex-start", Alignments),
        Keyword(PropKey.AlignItems, "alignItems", "stretch", Alignments),
        Keyword(PropKey.AlignSelf, "alignSelf", "auto", Alignments),
        Keyword(PropKey.Position, "position", "relative", "relative", "absolute", "static"),
        Keyword(PropKey.FlexWrap, "flexWrap", "nowrap", "nowrap", "wrap", "wrap-reverse"),
        Keyword(PropKey.Overflow, "overflow", "visible", "visible", "hidden", "scroll"),
        Keyword(PropKey.Display, "display", "flex", "flex", "none", "contents"),
        Layout(PropKey.Flex, "flex", ValueKind.Number, "0"),
        Layout(PropKey.FlexGrow, "flexGrow", ValueKind.Number, "0") with { Range = NumberRange.Size },
        Layout(PropKey.FlexShrink, "flexShrink", ValueKind.Number, "0") with { Range = NumberRange.Size },
        Length(PropKey.FlexBasis, "flexBasis", Size, "auto") with { Range = NumberRange.Size },
        Layout(PropKey.AspectRatio, "aspectRatio", ValueKind.Number, "undefined") with { Range = new(0.001, 1000) },
        Length(PropKey.Width, "width", Size, "auto") with { Range = NumberRange.Size },
        Length(PropKey.Height, "height", Size, "auto") with { Range = NumberRange.Size },
        Length(PropKey.MinWidth, "minWidth", MinMax, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.MinHeight, "minHeight", MinMax, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.MaxWidth, "maxWidth", MinMax, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.MaxHeight, "maxHeight", MinMax, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.Margin, "margin", MarginForms, "0"),
        Length(PropKey.MarginLeft, "marginLeft", MarginForms, "undefined"),
        Length(PropKey.MarginTop, "marginTop", MarginForms, "undefined"),
        Length(PropKey.MarginRight, "marginRight", MarginForms, "undefined"),
        Length(PropKey.MarginBottom, "marginBottom", MarginForms, "undefined"),
        Length(PropKey.MarginStart, "marginStart", MarginForms, "undefined"),
        Length(PropKey.MarginEnd, "marginEnd", MarginForms, "undefined"),
        Length(PropKey.MarginHorizontal, "marginHorizontal", MarginForms, "undefined"),
        Length(PropKey.MarginVertical, "marginVertical", MarginForms, "undefined"),
        Length(PropKey.Padding, "padding", LengthForms.Percent, "0") with { Range = NumberRange.Size },
        Length(PropKey.PaddingLeft, "paddingLeft", LengthForms.Percent, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.PaddingTop, "paddingTop", LengthForms.Percent, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.PaddingRight, "paddingRight", LengthForms.Percent, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.PaddingBottom, "paddingBottom", LengthForms.Percent, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.PaddingStart, "paddingStart", LengthForms.Percent, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.PaddingEnd, "paddingEnd", LengthForms.Percent, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.PaddingHorizontal, "paddingHorizontal", LengthForms.Percent, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.PaddingVertical, "paddingVertical", LengthForms.Percent, "undefined") with { Range = NumberRange.Size },
        Layout(PropKey.BorderWidth, "borderWidth", ValueKind.Number, "0") with { Range = NumberRange.Size },
        Layout(PropKey.BorderLeftWidth, "borderLeftWidth", ValueKind.Number, "undefined") with { Range = NumberRange.Size },
        Layout(PropKey.BorderTopWidth, "borderTopWidth", ValueKind.Number, "undefined") with { Range = NumberRange.Size },
        Layout(PropKey.BorderRightWidth, "borderRightWidth", ValueKind.Number, "undefined") with { Range = NumberRange.Size },
        Layout(PropKey.BorderBottomWidth, "borderBottomWidth", ValueKind.Number, "undefined") with { Range = NumberRange.Size },
        Layout(PropKey.BorderStartWidth, "borderStartWidth", ValueKind.Number, "undefined") with { Range = NumberRange.Size },
        Layout(PropKey.BorderEndWidth, "borderEndWidth", ValueKind.Number, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.Left, "left", Inset, "undefined"),
        Length(PropKey.Top, "top", Inset, "undefined"),
        Length(PropKey.Right, "right", Inset, "undefined"),
        Length(PropKey.Bottom, "bottom", Inset, "undefined"),
        Length(PropKey.Start, "start", Inset, "undefined"),
        Length(PropKey.End, "end", Inset, "undefined"),
        Length(PropKey.Gap, "gap", LengthForms.Percent, "0") with { Range = NumberRange.Size },
        Length(PropKey.RowGap, "rowGap", LengthForms.Percent, "undefined") with { Range = NumberRange.Size },
        Length(PropKey.ColumnGap, "columnGap", LengthForms.Percent, "undefined") with { Range = NumberRange.Size },
        Keyword(PropKey.BoxSizing, "boxSizing", "border-box", "border-box", "content-box"),

        Visual(PropKey.BackgroundColor, "backgroundColor", ValueKind.Colour, "transparent"),
        Text(PropKey.Color, "color", ValueKind.Colour, "black"),
        Visual(PropKey.Opacity, "opacity", ValueKind.Number, "1") with { Range = new(0, 1) },
        Visual(PropKey.BorderRadius, "borderRadius", ValueKind.Number, "0") with { Range = NumberRange.Size },
        Visual(PropKey.BorderTopLeftRadius, "borderTopLeftRadius", ValueKind.Number, "undefined") with { Range = NumberRange.Size },
        Visual(PropKey.BorderTopRightRadius, "borderTopRightRadius", ValueKind.Number, "undefined") with { Range = NumberRange.Size },
        Visual(PropKey.BorderBottomRightRadius, "borderBottomRightRadius", ValueKind.Number, "undefined") with { Range = NumberRange.Size },
        Visual(PropKey.BorderBottomLeftRadius, "borderBottomLeftRadius", ValueKind.Number, "undefined") with { Range = NumberRange.Size },
        Visual(PropKey.BorderColor, "borderColor", ValueKind.Colour, "black"),
        Text(PropKey.FontSize, "fontSize", ValueKind.Number, "14") with { Range = new(0, 1000, MinExclusive: true) },
        Text(PropKey.FontWeight, "fontWeight", ValueKind.FontWeight, "normal"),
        Text(PropKey.FontFamily, "fontFamily", ValueKind.String, "DejaVu Sans") with { MaxLength = 256 },
        new(PropKey.TextAlign, "textAlign", ValueKind.Keyword, PropCategory.Text,
            ["auto", "left", "right", "center", "justify"], LengthForms.Points, "auto"),
        Text(PropKey.LineHeight, "lineHeight", ValueKind.Number, "undefined") with { Range = new(0, 10_000, MinExclusive: true) },
        Visual(PropKey.Transform, "transform", ValueKind.Transform, "[]"),
        Visual(PropKey.TransitionDuration, "transitionDuration", ValueKind.Number, "0") with { Range = new(0, 600_000) },
        Visual(PropKey.TransitionDelay, "transitionDelay", ValueKind.Number, "0") with { Range = new(0, 600_000) },
        new(PropKey.TransitionTimingFunction, "transitionTimingFunction", ValueKind.Keyword, PropCategory.Visual,
            ["ease", "linear", "ease-in", "ease-out", "ease-in-out"], LengthForms.Points, "ease"),

        Node(PropKey.TestId, "testID", ValueKind.String, "undefined"),
        Node(PropKey.Focusable, "focusable", ValueKind.Bool, "false"),
        new(PropKey.Scroll, "scroll", ValueKind.Keyword, PropCategory.Node,
            ["none", "horizontal", "vertical"], LengthForms.Points, "none"),
        Node(PropKey.NumberOfLines, "numberOfLines", ValueKind.Integer, "0"),
        Node(PropKey.Src, "src", ValueKind.String, "undefined") with { MaxLength = 4096 },
        Node(PropKey.OnPress, "onPress", ValueKind.Handler, "undefined"),
        Node(PropKey.OnFocus, "onFocus", ValueKind.Handler, "undefined"),
        Node(PropKey.OnBlur, "onBlur", ValueKind.Handler, "undefined"),
        Node(PropKey.OnKey, "onKey", ValueKind.Handler, "undefined"),
        Node(PropKey.OnLayout, "onLayout", ValueKind.Handler, "undefined"),
        new(PropKey.FocusGroup, "focusGroup", ValueKind.Keyword, PropCategory.Node,
            ["none", "group", "remember"], LengthForms.Points, "none"),
        Node(PropKey.FocusPreferred, "focusPreferred", ValueKind.String, "undefined"),
        Node(PropKey.FocusBoundary, "focusBoundary", ValueKind.Directions, "[]"),
        Node(PropKey.FocusWrap, "focusWrap", ValueKind.Directions, "[]"),
        Node(PropKey.NextFocusUp, "nextFocusUp", ValueKind.String, "undefined"),
        Node(PropKey.NextFocusDown, "nextFocusDown", ValueKind.String, "undefined"),
        Node(PropKey.NextFocusLeft, "nextFocusLeft", ValueKind.String, "undefined"),
        Node(PropKey.NextFocusRight, "nextFocusRight", ValueKind.String, "undefined"),
        Node(PropKey.FocusScale, "focusScale", ValueKind.Number, "1") with { Range = new(0, 100, MinExclusive: true) },
        Node(PropKey.AnimateLayout, "animateLayout", ValueKind.Bool, "false"),
    ];

    private static readonly PropInfo?[] ByCode = BuildByCode();
    private static readonly FrozenDictionary<string, PropKey> ByName =
        Table.ToFrozenDictionary(p => p.JsName, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every prop, in code order.</summary>
    public static IReadOnlyList<PropInfo> All => Table;

    /// <summary>Looks up a prop by code; false for a code the schema does not define.</summary>
    public static bool TryGet(PropKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PropInfo? info)
    {
        var code = (int)key;
        info = code < ByCode.Length ? ByCode[code] : null;
        return info is not null;
    }

    /// <summary>Looks up a prop by code; throws when the code is not defined by the schema.</summary>
    public static PropInfo Get(PropKey key) =>
        TryGet(key, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(key), (int)key, "not a prop code of the schema");

    /// <summary>Finds a prop by its JS name (style key or prop name).</summary>
    public static bool TryFind(string jsName, out PropKey key) => ByName.TryGetValue(jsName, out key);

    private static PropInfo?[] BuildByCode()
    {
        var max = 0;
        foreach (var p in Table)
        {
            max = Math.Max(max, (int)p.Key);
        }
        var byCode = new PropInfo?[max + 1];
        foreach (var p in Table)
        {
            byCode[(int)p.Key] = p;
        }
        return byCode;
    }

    private static PropInfo Keyword(PropKey key, string name, string defaultValue, params string[] keywords) =>
        new(key, name, ValueKind.Keyword, PropCategory.Layout, keywords, LengthForms.Points, defaultValue);

    private static PropInfo Layout(PropKey key, string name, ValueKind kind, string defaultValue) =>
        new(key, name, kind, PropCategory.Layout, [], LengthForms.Points, defaultValue);

    private static PropInfo Length(PropKey key, string name, LengthForms forms, string defaultValue) =>
        new(key, name, ValueKind.Length, PropCategory.Layout, [], forms, defaultValue);

    private static PropInfo Visual(PropKey key, string name, ValueKind kind, string defaultValue) =>
        new(key, name, kind, PropCategory.Visual, [], LengthForms.Points, defaultValue);

    private static PropInfo Text(PropKey key, string name, ValueKind kind, string defaultValue) =>
        new(key, name, kind, PropCategory.Text, [], LengthForms.Points, defaultValue);

    private static PropInfo Node(PropKey key, string name, ValueKind kind, string defaultValue) =>
        new(key, name, kind, PropCategory.Node, [], LengthForms.Points, defaultValue);
}
