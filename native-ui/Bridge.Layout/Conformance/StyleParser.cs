using System.Globalization;
using System.Text.Json;

namespace Bridge.Layout.Conformance;

/// <summary>Applies React Native style objects (JSON, Yoga key names and values) to layout nodes.</summary>
public static class StyleParser
{
    /// <summary>Builds a node tree from <c>{"style": {...}, "children": [...]}</c>.</summary>
    /// <remarks>
    /// Extension to the shared format: a leaf may carry <c>"measure": {"chars": N, "charWidth": W, "lineHeight": H}</c>,
    /// a fixed-width text of N characters that wraps at character boundaries (see <see cref="FixedWidthText"/>).
    /// </remarks>
    public static LayoutNode BuildTree(JsonElement tree, LayoutConfig config, string path = "root")
    {
        var node = new LayoutNode(config);
        if (tree.TryGetProperty("style", out var style))
            foreach (var p in style.EnumerateObject()) Apply(node.Style, p.Name, p.Value, path);
        if (tree.TryGetProperty("measure", out var m))
        {
            node.Measure = FixedWidthText(
                m.TryGetProperty("chars", out var c) ? c.GetInt32() : throw new FormatException($"node {path}: 'measure' needs 'chars'"),
                m.TryGetProperty("charWidth", out var w) ? w.GetSingle() : 10f,
                m.TryGetProperty("lineHeight", out var h) ? h.GetSingle() : 20f);
        }
        if (tree.TryGetProperty("children", out var children))
        {
            int i = 0;
            foreach (var c in children.EnumerateArray())
            {
                node.AddChild(BuildTree(c, config, $"{path}/{i}"));
                i++;
            }
        }
        return node;
    }

    /// <summary>Measure callback of a fixed-width text: <paramref name="chars"/> glyphs of one width, wrapped to the offered width.</summary>
    public static MeasureFunc FixedWidthText(int chars, float charWidth, float lineHeight) =>
        (_, width, widthMode, height, heightMode) =>
        {
            float natural = chars * charWidth;
            float w = widthMode switch
            {
                MeasureMode.Undefined => natural,
                MeasureMode.Exactly => width,
                _ => MathF.Min(natural, MathF.Max(charWidth, MathF.Floor(width / charWidth) * charWidth)),
            };
            int perLine = Math.Max(1, (int)MathF.Floor(w / charWidth));
            float h = lineHeight * ((chars + perLine - 1) / perLine);
            if (heightMode == MeasureMode.Exactly) h = height;
            else if (heightMode == MeasureMode.AtMost) h = MathF.Min(h, height);
            return (w, h);
        };

    /// <summary>Sets one style key; throws <see cref="FormatException"/> naming the node path, key and value when unknown or invalid.</summary>
    public static void Apply(LayoutStyle s, string key, JsonElement value, string path)
    {
        switch (key)
        {
            case "width": s.Width = Len(value, key, path); break;
            case "height": s.Height = Len(value, key, path); break;
            case "minWidth": s.MinWidth = Len(value, key, path); break;
            case "minHeight": s.MinHeight = Len(value, key, path); break;
            case "maxWidth": s.MaxWidth = Len(value, key, path); break;
            case "maxHeight": s.MaxHeight = Len(value, key, path); break;
            case "flexBasis": s.FlexBasis = Len(value, key, path); break;
            case "flexGrow": s.FlexGrow = Num(value, key, path); break;
            case "flexShrink": s.FlexShrink = Num(value, key, path); break;
            case "flex": s.Flex = Num(value, key, path); break;
            case "aspectRatio": s.AspectRatio = Num(value, key, path); break;
            case "gap": s.SetGap(Gutter.All, Len(value, key, path)); break;
            case "rowGap": s.SetGap(Gutter.Row, Len(value, key, path)); break;
            case "columnGap": s.SetGap(Gutter.Column, Len(value, key, path)); break;
            case "flexDirection": s.FlexDirection = Enum(value, key, path, FlexDirections); break;
            case "justifyContent": s.JustifyContent = Enum(value, key, path, Justifies); break;
            case "alignItems": s.AlignItems = Enum(value, key, path, Aligns); break;
            case "alignSelf": s.AlignSelf = Enum(value, key, path, Aligns); break;
            case "alignContent": s.AlignContent = Enum(value, key, path, Aligns); break;
            case "flexWrap": s.FlexWrap = Enum(value, key, path, Wraps); break;
            case "position": s.PositionType = Enum(value, key, path, Positions); break;
            case "display": s.Display = Enum(value, key, path, Displays); break;
            case "overflow": s.Overflow = Enum(value, key, path, Overflows); break;
            case "boxSizing": s.BoxSizing = Enum(value, key, path, BoxSizings); break;
            case "direction": s.Direction = Enum(value, key, path, Directions); break;
            default:
                if (TryEdge(key, "margin", "", out var e)) s.SetMargin(e, Len(value, key, path));
                else if (TryEdge(key, "padding", "", out e)) s.SetPadding(e, Len(value, key, path));
                else if (TryEdge(key, "border", "Width", out e)) s.SetBorder(e, Len(value, key, path));
                else if (TryInset(key, out e)) s.SetPosition(e, Len(value, key, path));
                else throw new FormatException($"node {path}: unknown style key '{key}'");
                break;
        }
    }

    private static bool TryEdge(string key, string prefix, string suffix, out Edge edge)
    {
        edge = Edge.All;
        if (!key.StartsWith(prefix, StringComparison.Ordinal) || !key.EndsWith(suffix, StringComparison.Ordinal)) return false;
        string mid = key.Substring(prefix.Length, key.Length - prefix.Length - suffix.Length);
        return mid.Length == 0 || TryInset(char.ToLowerInvariant(mid[0]) + mid[1..], out edge);
    }

    private static bool TryInset(string key, out Edge edge)
    {
        edge = key switch
        {
            "left" => Edge.Left, "top" => Edge.Top, "right" => Edge.Right, "bottom" => Edge.Bottom,
            "start" => Edge.Start, "end" => Edge.End, "horizontal" => Edge.Horizontal, "vertical" => Edge.Vertical,
            "all" => Edge.All, _ => (Edge)(-1),
        };
        return edge >= 0;
    }

    private static float Num(JsonElement v, string key, string path) =>
        v.ValueKind == JsonValueKind.Number ? v.GetSingle() : throw new FormatException($"node {path}: '{key}' expects a number, got {v.GetRawText()}");

    /// <summary>Parses a length: number (points), "N%", "auto", "max-content", "fit-content", "stretch" or null.</summary>
    public static Length Len(JsonElement v, string key, string path)
    {
        if (v.ValueKind == JsonValueKind.Number) return Length.Points(v.GetSingle());
        if (v.ValueKind == JsonValueKind.Null) return Length.Undefined;
        if (v.ValueKind == JsonValueKind.String)
        {
            string s = v.GetString()!.Trim();
            switch (s)
            {
                case "auto": return Length.Auto;
                case "max-content": return Length.MaxContent;
                case "fit-content": return Length.FitContent;
                case "stretch": return Length.Stretch;
            }
            if (s.EndsWith('%') && float.TryParse(s.AsSpan(0, s.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out float pct))
                return Length.Percent(pct);
            if (float.TryParse(s.EndsWith("px", StringComparison.Ordinal) ? s[..^2] : s, NumberStyles.Float, CultureInfo.InvariantCulture, out float pt))
                return Length.Points(pt);
        }
        throw new FormatException($"node {path}: '{key}' has an invalid length {v.GetRawText()}");
    }

    private static T Enum<T>(JsonElement v, string key, string path, Dictionary<string, T> map) where T : struct
    {
        if (v.ValueKind == JsonValueKind.String && map.TryGetValue(v.GetString()!, out var r)) return r;
        throw new FormatException($"node {path}: '{key}' has an invalid value {v.GetRawText()} (expected one of {string.Join(", ", map.Keys)})");
    }

    private static readonly Dictionary<string, FlexDirection> FlexDirections = new()
    { ["column"] = FlexDirection.Column, ["column-reverse"] = FlexDirection.ColumnReverse, ["row"] = FlexDirection.Row, ["row-reverse"] = FlexDirection.RowReverse };
    private static readonly Dictionary<string, Justify> Justifies = new()
    {
        ["flex-start"] = Justify.FlexStart, ["center"] = Justify.Center, ["flex-end"] = Justify.FlexEnd,
        ["space-between"] = Justify.SpaceBetween, ["space-around"] = Justify.SpaceAround, ["space-evenly"] = Justify.SpaceEvenly,
    };
    private static readonly Dictionary<string, Align> Aligns = new()
    {
        ["auto"] = Align.Auto, ["flex-start"] = Align.FlexStart, ["center"] = Align.Center, ["flex-end"] = Align.FlexEnd,
        ["stretch"] = Align.Stretch, ["baseline"] = Align.Baseline, ["space-between"] = Align.SpaceBetween,
        ["space-around"] = Align.SpaceAround, ["space-evenly"] = Align.SpaceEvenly,
    };
    private static readonly Dictionary<string, Wrap> Wraps = new() { ["nowrap"] = Wrap.NoWrap, ["no-wrap"] = Wrap.NoWrap, ["wrap"] = Wrap.Wrap, ["wrap-reverse"] = Wrap.WrapReverse };
    private static readonly Dictionary<string, PositionType> Positions = new() { ["static"] = PositionType.Static, ["relative"] = PositionType.Relative, ["absolute"] = PositionType.Absolute };
    private static readonly Dictionary<string, Display> Displays = new() { ["flex"] = Display.Flex, ["none"] = Display.None, ["contents"] = Display.Contents };
    private static readonly Dictionary<string, Overflow> Overflows = new() { ["visible"] = Overflow.Visible, ["hidden"] = Overflow.Hidden, ["scroll"] = Overflow.Scroll };
    private static readonly Dictionary<string, BoxSizing> BoxSizings = new() { ["border-box"] = BoxSizing.BorderBox, ["content-box"] = BoxSizing.ContentBox };
    private static readonly Dictionary<string, Direction> Directions = new() { ["inherit"] = Direction.Inherit, ["ltr"] = Direction.Ltr, ["rtl"] = Direction.Rtl };
}
