namespace Bridge.Layout;

/// <summary>Axis and edge rules of flex directions (yoga/algorithm/FlexDirection.h).</summary>
internal static class FlexAxis
{
    public const int Width = 0;
    public const int Height = 1;

    public static bool IsRow(FlexDirection d) => d is FlexDirection.Row or FlexDirection.RowReverse;

    public static bool IsColumn(FlexDirection d) => d is FlexDirection.Column or FlexDirection.ColumnReverse;

    /// <summary>Swaps row and row-reverse in RTL.</summary>
    public static FlexDirection Resolve(FlexDirection d, Direction direction)
    {
        if (direction == Direction.Rtl)
        {
            if (d == FlexDirection.Row) return FlexDirection.RowReverse;
            if (d == FlexDirection.RowReverse) return FlexDirection.Row;
        }
        return d;
    }

    public static FlexDirection Cross(FlexDirection d, Direction direction) =>
        IsColumn(d) ? Resolve(FlexDirection.Row, direction) : FlexDirection.Column;

    /// <summary>Index of the dimension (0 width, 1 height) measured along an axis.</summary>
    public static int Dim(FlexDirection d) => IsRow(d) ? Width : Height;

    public static PhysicalEdge FlexStartEdge(FlexDirection d) => d switch
    {
        FlexDirection.Column => PhysicalEdge.Top,
        FlexDirection.ColumnReverse => PhysicalEdge.Bottom,
        FlexDirection.Row => PhysicalEdge.Left,
        _ => PhysicalEdge.Right,
    };

    public static PhysicalEdge FlexEndEdge(FlexDirection d) => d switch
    {
        FlexDirection.Column => PhysicalEdge.Bottom,
        FlexDirection.ColumnReverse => PhysicalEdge.Top,
        FlexDirection.Row => PhysicalEdge.Right,
        _ => PhysicalEdge.Left,
    };

    public static PhysicalEdge InlineStartEdge(FlexDirection d, Direction direction) =>
        IsRow(d) ? (direction == Direction.Rtl ? PhysicalEdge.Right : PhysicalEdge.Left) : PhysicalEdge.Top;

    public static PhysicalEdge InlineEndEdge(FlexDirection d, Direction direction) =>
        IsRow(d) ? (direction == Direction.Rtl ? PhysicalEdge.Left : PhysicalEdge.Right) : PhysicalEdge.Bottom;

    public static bool NeedsTrailingPosition(FlexDirection d) =>
        d is FlexDirection.RowReverse or FlexDirection.ColumnReverse;
}
