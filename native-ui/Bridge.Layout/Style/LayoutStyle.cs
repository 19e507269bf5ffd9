using System.Runtime.CompilerServices;

namespace Bridge.Layout;

/// <summary>Nine lengths indexed by <see cref="Edge"/>.</summary>
[InlineArray(9)]
internal struct EdgeLengths
{
    private Length _e0;
}

/// <summary>Three lengths indexed by <see cref="Gutter"/>.</summary>
[InlineArray(3)]
internal struct GapLengths
{
    private Length _g0;
}

/// <summary>Two lengths indexed by dimension (0 width, 1 height).</summary>
[InlineArray(2)]
internal struct DimLengths
{
    private Length _d0;
}

/// <summary>The flexbox style of one node; every setter marks the node dirty only when the value changes.</summary>
/// <remarks>Defaults are Yoga's (React Native's): column, no shrink, align-content flex-start, border-box.</remarks>
public sealed partial class LayoutStyle
{
    private readonly LayoutNode _node;
    private Direction _direction;
    private FlexDirection _flexDirection = FlexDirection.Column;
    private Justify _justifyContent = Justify.FlexStart;
    private Align _alignContent = Align.FlexStart;
    private Align _alignItems = Align.Stretch;
    private Align _alignSelf = Align.Auto;
    private PositionType _positionType = PositionType.Relative;
    private Wrap _flexWrap = Wrap.NoWrap;
    private Overflow _overflow = Overflow.Visible;
    private Display _display = Display.Flex;
    private BoxSizing _boxSizing = BoxSizing.BorderBox;
    private float _flex = float.NaN;
    private float _flexGrow = float.NaN;
    private float _flexShrink = float.NaN;
    private Length _flexBasis = Length.Auto;
    private float _aspectRatio = float.NaN;
    internal GapLengths Gaps;
    internal DimLengths Dimensions;
    internal DimLengths MinDimensions;
    internal DimLengths MaxDimensions;

    internal LayoutStyle(LayoutNode node, bool useWebDefaults)
    {
        _node = node;
        Dimensions[0] = Length.Auto;
        Dimensions[1] = Length.Auto;
        if (useWebDefaults)
        {
            // Yoga's web defaults keep position relative for compatibility (flex-shrink 1 is in ResolveFlexShrink).
            _flexDirection = FlexDirection.Row;
            _alignContent = Align.Stretch;
        }
    }

    private void Changed() => _node.MarkDirtyAndPropagate();

    /// <summary>Inline direction of the node's content.</summary>
    public Direction Direction { get => _direction; set { if (_direction != value) { _direction = value; Changed(); } } }

    /// <summary>Main axis of the container.</summary>
    public FlexDirection FlexDirection { get => _flexDirection; set { if (_flexDirection != value) { _flexDirection = value; Changed(); } } }

    /// <summary>Main-axis distribution of free space.</summary>
    public Justify JustifyContent { get => _justifyContent; set { if (_justifyContent != value) { _justifyContent = value; Changed(); } } }

    /// <summary>Distribution of flex lines along the cross axis.</summary>
    public Align AlignContent { get => _alignContent; set { if (_alignContent != value) { _alignContent = value; Changed(); } } }

    /// <summary>Default cross-axis alignment of the children.</summary>
    public Align AlignItems { get => _alignItems; set { if (_alignItems != value) { _alignItems = value; Changed(); } } }

    /// <summary>Cross-axis alignment of this node, overriding the parent's align-items.</summary>
    public Align AlignSelf { get => _alignSelf; set { if (_alignSelf != value) { _alignSelf = value; Changed(); } } }

    /// <summary>Positioning scheme.</summary>
    public PositionType PositionType { get => _positionType; set { if (_positionType != value) { _positionType = value; Changed(); } } }

    /// <summary>Line wrapping of the children.</summary>
    public Wrap FlexWrap { get => _flexWrap; set { if (_flexWrap != value) { _flexWrap = value; Changed(); } } }

    /// <summary>Overflow behaviour.</summary>
    public Overflow Overflow { get => _overflow; set { if (_overflow != value) { _overflow = value; Changed(); } } }

    /// <summary>Box sizing of width, height, min, max and flex-basis.</summary>
    public BoxSizing BoxSizing { get => _boxSizing; set { if (_boxSizing != value) { _boxSizing = value; Changed(); } } }

    /// <summary>Display type.</summary>
    public Display Display
    {
        get => _display;
        set
        {
            if (_display == value) return;
            _display = value;
            _node.OnDisplayChanged();
            Changed();
        }
    }

    /// <summary>The <c>flex</c> shorthand as React Native defines it (NaN = unset).</summary>
    public float Flex { get => _flex; set { if (!_flex.Equals(value)) { _flex = value; Changed(); } } }

    /// <summary>Flex grow factor (NaN = unset).</summary>
    public float FlexGrow { get => _flexGrow; set { if (!_flexGrow.Equals(value)) { _flexGrow = value; Changed(); } } }

    /// <summary>Flex shrink factor (NaN = unset).</summary>
    public float FlexShrink { get => _flexShrink; set { if (!_flexShrink.Equals(value)) { _flexShrink = value; Changed(); } } }

    /// <summary>Flex basis.</summary>
    public Length FlexBasis { get => _flexBasis; set { if (_flexBasis != value) { _flexBasis = value; Changed(); } } }

    /// <summary>Width over height; zero or infinite means unset (NaN).</summary>
    public float AspectRatio
    {
        get => _aspectRatio;
        set
        {
            if (value == 0f || float.IsInfinity(value)) value = float.NaN;
            if (!_aspectRatio.Equals(value)) { _aspectRatio = value; Changed(); }
        }
    }

    /// <summary>Preferred width.</summary>
    public Length Width { get => Dimensions[0]; set => Set(Dimensions, 0, value); }

    /// <summary>Preferred height.</summary>
    public Length Height { get => Dimensions[1]; set => Set(Dimensions, 1, value); }

    /// <summary>Minimum width.</summary>
    public Length MinWidth { get => MinDimensions[0]; set => Set(MinDimensions, 0, value); }

    /// <summary>Minimum height.</summary>
    public Length MinHeight { get => MinDimensions[1]; set => Set(MinDimensions, 1, value); }

    /// <summary>Maximum width.</summary>
    public Length MaxWidth { get => MaxDimensions[0]; set => Set(MaxDimensions, 0, value); }

    /// <summary>Maximum height.</summary>
    public Length MaxHeight { get => MaxDimensions[1]; set => Set(MaxDimensions, 1, value); }

    /// <summary>Gets the margin style of an edge.</summary>
    public Length GetMargin(Edge edge) => GetEdge(MarginKind, edge);

    /// <summary>Sets the margin style of an edge.</summary>
    public void SetMargin(Edge edge, Length value) => SetEdge(MarginKind, edge, value);

    /// <summary>Gets the padding style of an edge.</summary>
    public Length GetPadding(Edge edge) => GetEdge(PaddingKind, edge);

    /// <summary>Sets the padding style of an edge.</summary>
    public void SetPadding(Edge edge, Length value) => SetEdge(PaddingKind, edge, value);

    /// <summary>Gets the border width style of an edge.</summary>
    public Length GetBorder(Edge edge) => GetEdge(BorderKind, edge);

    /// <summary>Sets the border width of an edge (points; percentages resolve to zero as in Yoga).</summary>
    public void SetBorder(Edge edge, Length value) => SetEdge(BorderKind, edge, value);

    /// <summary>Gets the inset (left/top/right/bottom/start/end) style of an edge.</summary>
    public Length GetPosition(Edge edge) => GetEdge(PositionKind, edge);

    /// <summary>Sets the inset of an edge.</summary>
    public void SetPosition(Edge edge, Length value) => SetEdge(PositionKind, edge, value);

    /// <summary>Gets the gap of a gutter.</summary>
    public Length GetGap(Gutter gutter) => Gaps[(int)gutter];

    /// <summary>Sets the gap of a gutter.</summary>
    public void SetGap(Gutter gutter, Length value)
    {
        if ((uint)gutter > (uint)Gutter.All) throw new ArgumentOutOfRangeException(nameof(gutter), gutter, "unknown gutter");
        Set(Gaps, (int)gutter, value);
    }

    internal DimLengths Processed;
    internal bool ProcessedStale = true;

    /// <summary>A max equal to the min fixes the size (Yoga's processDimensions).</summary>
    internal void UpdateProcessedDimensions()
    {
        for (int dim = 0; dim < 2; dim++)
        {
            var max = MaxDimensions[dim];
            var min = MinDimensions[dim];
            Processed[dim] = max.IsDefined && max.Unit == min.Unit && FloatMath.InexactEquals(max.Value, min.Value)
                ? max
                : Dimensions[dim];
        }
        ProcessedStale = false;
    }

    private void Set(Span<Length> slots, int index, Length value)
    {
        if (slots[index] == value) return;
        slots[index] = value;
        ProcessedStale = true;
        Changed();
    }
}
