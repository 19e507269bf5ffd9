using Bridge.Layout;
using Bridge.Schema;

namespace Bridge.Engine.Widgets;

/// <summary>Writes parsed flexbox props into a <see cref="LayoutStyle"/>, and restores Yoga's defaults on unset.</summary>
/// <remarks>Keyword indexes follow the order of <see cref="PropInfo.Keywords"/> in the schema's catalog.</remarks>
internal static class LayoutProps
{
    public static void Apply(LayoutStyle s, in ParsedProp p)
    {
        bool unset = p.Kind == ParsedKind.Unset;
        Length length = unset ? DefaultLength(p.Key) : p.Length;
        float number = unset ? float.NaN : p.Number;
        int keyword = unset ? -1 : p.Integer;
        switch (p.Key)
        {
            case PropKey.Direction: s.Direction = unset ? Direction.Inherit : (Direction)keyword; break;
            case PropKey.FlexDirection: s.FlexDirection = unset ? FlexDirection.Column : (FlexDirection)keyword; break;
            case PropKey.JustifyContent: s.JustifyContent = unset ? Justify.FlexStart : (Justify)keyword; break;
            case PropKey.AlignContent: s.AlignContent = unset ? Align.FlexStart : (Align)keyword; break;
            case PropKey.AlignItems: s.AlignItems = unset ? Align.Stretch : (Align)keyword; break;
            case PropKey.AlignSelf: s.AlignSelf = unset ? Align.Auto : (Align)keyword; break;
            case PropKey.Position:
                s.PositionType = keyword switch { 1 => PositionType.Absolute, 2 => PositionType.Static, _ => PositionType.Relative };
                break;
            case PropKey.FlexWrap: s.FlexWrap = unset ? Wrap.NoWrap : (Wrap)keyword; break;
            case PropKey.Overflow: s.Overflow = unset ? Overflow.Visible : (Overflow)keyword; break;
            case PropKey.Display: s.Display = unset ? Display.Flex : (Display)keyword; break;
            case PropKey.BoxSizing: s.BoxSizing = unset ? BoxSizing.BorderBox : (BoxSizing)keyword; break;
            case PropKey.Flex: s.Flex = number; break;
            case PropKey.FlexGrow: s.FlexGrow = number; break;
            case PropKey.FlexShrink: s.FlexShrink = number; break;
            case PropKey.AspectRatio: s.AspectRatio = number; break;
            case PropKey.FlexBasis: s.FlexBasis = length; break;
            case PropKey.Width: s.Width = length; break;
            case PropKey.Height: s.Height = length; break;
            case PropKey.MinWidth: s.MinWidth = length; break;
            case PropKey.MinHeight: s.MinHeight = length; break;
            case PropKey.MaxWidth: s.MaxWidth = length; break;
            case PropKey.MaxHeight: s.MaxHeight = length; break;
            case >= PropKey.Margin and <= PropKey.MarginVertical:
                s.SetMargin(EdgeOf(p.Key - PropKey.Margin), length);
                break;
            case >= PropKey.Padding and <= PropKey.PaddingVertical:
                s.SetPadding(EdgeOf(p.Key - PropKey.Padding), length);
                break;
            case >= PropKey.BorderWidth and <= PropKey.BorderEndWidth:
                s.SetBorder(BorderEdge(p.Key), unset ? Length.Undefined : Length.Points(p.Number));
                break;
            case >= PropKey.Left and <= PropKey.End:
                s.SetPosition(InsetEdge(p.Key), length);
                break;
            case PropKey.Gap: s.SetGap(Gutter.All, length); break;
            case PropKey.RowGap: s.SetGap(Gutter.Row, length); break;
            case PropKey.ColumnGap: s.SetGap(Gutter.Column, length); break;
            default:
                throw new ArgumentOutOfRangeException(nameof(p), p.Key, "not a layout prop");
        }
    }

    // Unset restores Yoga's own default: auto sizes and basis, undefined everything else (the node then falls back
    // to the shorthand or the style default, e.g. margin 0).
    private static Length DefaultLength(PropKey key) =>
        key is PropKey.Width or PropKey.Height or PropKey.FlexBasis ? Length.Auto : Length.Undefined;

    // Margin/Padding blocks share one order: All, Left, Top, Right, Bottom, Start, End, Horizontal, Vertical.
    private static Edge EdgeOf(int offset) => offset switch
    {
        0 => Edge.All,
        1 => Edge.Left,
        2 => Edge.Top,
        3 => Edge.Right,
        4 => Edge.Bottom,
        5 => Edge.Start,
        6 => Edge.End,
        7 => Edge.Horizontal,
        _ => Edge.Vertical,
    };

    private static Edge BorderEdge(PropKey key) => key switch
    {
        PropKey.BorderWidth => Edge.All,
        PropKey.BorderLeftWidth => Edge.Left,
        PropKey.BorderTopWidth => Edge.Top,
        PropKey.BorderRightWidth => Edge.Right,
        PropKey.BorderBottomWidth => Edge.Bottom,
        PropKey.BorderStartWidth => Edge.Start,
        _ => Edge.End,
    };

    private static Edge InsetEdge(PropKey key) => key switch
    {
        PropKey.Left => Edge.Left,
        PropKey.Top => Edge.Top,
        PropKey.Right => Edge.Right,
        PropKey.Bottom => Edge.Bottom,
        PropKey.Start => Edge.Start,
        _ => Edge.End,
    };
}
