using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

/// <summary>Sixteen lengths: four kinds (margin, position, padding, border) by four physical edges.</summary>
[System.Runtime.CompilerServices.InlineArray(16)]
internal struct PhysicalEdgeLengths
{
    private Length _p0;
}

// Edge resolution of Yoga's Style (yoga/style/Style.h, MIT licence, Meta Platforms):
// left = start (LTR) / end (RTL), then left, horizontal, all; top = top, vertical, all.
public sealed partial class LayoutStyle
{
    private static Length LeftEdge(in EdgeLengths e, Direction d)
    {
        if (d == Direction.Ltr && e[(int)Edge.Start].IsDefined) return e[(int)Edge.Start];
        if (d == Direction.Rtl && e[(int)Edge.End].IsDefined) return e[(int)Edge.End];
        if (e[(int)Edge.Left].IsDefined) return e[(int)Edge.Left];
        if (e[(int)Edge.Horizontal].IsDefined) return e[(int)Edge.Horizontal];
        return e[(int)Edge.All];
    }

    private static Length RightEdge(in EdgeLengths e, Direction d)
    {
        if (d == Direction.Ltr && e[(int)Edge.End].IsDefined) return e[(int)Edge.End];
        if (d == Direction.Rtl && e[(int)Edge.Start].IsDefined) return e[(int)Edge.Start];
        if (e[(int)Edge.Right].IsDefined) return e[(int)Edge.Right];
        if (e[(int)Edge.Horizontal].IsDefined) return e[(int)Edge.Horizontal];
        return e[(int)Edge.All];
    }

    private static Length TopEdge(in EdgeLengths e)
    {
        if (e[(int)Edge.Top].IsDefined) return e[(int)Edge.Top];
        if (e[(int)Edge.Vertical].IsDefined) return e[(int)Edge.Vertical];
        return e[(int)Edge.All];
    }

    private static Length BottomEdge(in EdgeLengths e)
    {
        if (e[(int)Edge.Bottom].IsDefined) return e[(int)Edge.Bottom];
        if (e[(int)Edge.Vertical].IsDefined) return e[(int)Edge.Vertical];
        return e[(int)Edge.All];
    }

    private static Length EdgeOf(in EdgeLengths e, PhysicalEdge edge, Direction d) => edge switch
    {
        PhysicalEdge.Left => LeftEdge(in e, d),
        PhysicalEdge.Top => TopEdge(in e),
        PhysicalEdge.Right => RightEdge(in e, d),
        _ => BottomEdge(in e),
    };

    internal const int MarginKind = 0, PositionKind = 1, PaddingKind = 2, BorderKind = 3;

    /// <summary>
    /// Edge styles live apart from the style and only once an edge is set: most nodes set none, and a smaller style
    /// keeps the layout pass in cache. The store also keeps the physical edges resolved per direction, so layout
    /// does not re-walk the start/left/horizontal/all fallbacks.
    /// </summary>
    internal sealed class EdgeStore
    {
        public EdgeLengths Margins;
        public EdgeLengths Positions;
        public EdgeLengths Paddings;
        public EdgeLengths Borders;
        public PhysicalEdgeLengths Ltr;
        public PhysicalEdgeLengths Rtl;
        public bool LtrValid;
        public bool RtlValid;
        /// <summary>Bit per kind (margin, position, padding, border) with at least one defined edge.</summary>
        public int DefinedKinds;

        public ref EdgeLengths Kind(int kind)
        {
            switch (kind)
            {
                case MarginKind: return ref Margins;
                case PositionKind: return ref Positions;
                case PaddingKind: return ref Paddings;
                default: return ref Borders;
            }
        }

        public void Rebuild(ref PhysicalEdgeLengths table, Direction d)
        {
            for (int kind = 0; kind < 4; kind++)
            {
                ref readonly var e = ref Kind(kind);
                for (int edge = 0; edge < 4; edge++)
                    table[kind * 4 + edge] = EdgeOf(in e, (PhysicalEdge)edge, d);
            }
        }

        public void Changed()
        {
            DefinedKinds = 0;
            for (int kind = 0; kind < 4; kind++)
            {
                ref readonly var e = ref Kind(kind);
                for (int i = 0; i < 9; i++)
                {
                    if (e[i].IsDefined)
                    {
                        DefinedKinds |= 1 << kind;
                        break;
                    }
                }
            }
            LtrValid = false;
            RtlValid = false;
        }
    }

    private EdgeStore? _edges;

    private Length Phys(int kind, PhysicalEdge edge, Direction d)
    {
        var s = _edges;
        if (s == null || (s.DefinedKinds & (1 << kind)) == 0) return default;
        if (d == Direction.Ltr)
        {
            if (!s.LtrValid)
            {
                s.Rebuild(ref s.Ltr, Direction.Ltr);
                s.LtrValid = true;
            }
            return s.Ltr[kind * 4 + (int)edge];
        }
        if (d == Direction.Rtl)
        {
            if (!s.RtlValid)
            {
                s.Rebuild(ref s.Rtl, Direction.Rtl);
                s.RtlValid = true;
            }
            return s.Rtl[kind * 4 + (int)edge];
        }
        return EdgeOf(in s.Kind(kind), edge, d);
    }

    internal Length GetEdge(int kind, Edge edge) => _edges == null ? Length.Undefined : _edges.Kind(kind)[(int)edge];

    private void SetEdge(int kind, Edge edge, Length value)
    {
        if ((uint)edge > (uint)Edge.All) throw new ArgumentOutOfRangeException(nameof(edge), edge, "unknown edge");
        if (_edges == null)
        {
            if (!value.IsDefined) return;
            _edges = new EdgeStore();
        }
        ref var slot = ref _edges.Kind(kind)[(int)edge];
        if (slot == value) return;
        slot = value;
        _edges.Changed();
        Changed();
    }

    internal Length PositionOf(PhysicalEdge edge, Direction d) => Phys(PositionKind, edge, d);

    internal Length MarginOf(PhysicalEdge edge, Direction d) => Phys(MarginKind, edge, d);

    internal bool HorizontalInsetsDefined
    {
        get
        {
            if (_edges == null || (_edges.DefinedKinds & (1 << PositionKind)) == 0) return false;
            ref readonly var p = ref _edges.Positions;
            return p[(int)Edge.Left].IsDefined || p[(int)Edge.Right].IsDefined || p[(int)Edge.All].IsDefined
                   || p[(int)Edge.Horizontal].IsDefined || p[(int)Edge.Start].IsDefined || p[(int)Edge.End].IsDefined;
        }
    }

    internal bool VerticalInsetsDefined
    {
        get
        {
            if (_edges == null || (_edges.DefinedKinds & (1 << PositionKind)) == 0) return false;
            ref readonly var p = ref _edges.Positions;
            return p[(int)Edge.Top].IsDefined || p[(int)Edge.Bottom].IsDefined || p[(int)Edge.All].IsDefined
                   || p[(int)Edge.Vertical].IsDefined;
        }
    }

    internal bool IsFlexStartPositionDefined(FlexDirection axis, Direction d) => PositionOf(FlexStartEdge(axis), d).IsDefined;
    internal bool IsFlexStartPositionAuto(FlexDirection axis, Direction d) => PositionOf(FlexStartEdge(axis), d).IsAuto;
    internal bool IsFlexEndPositionDefined(FlexDirection axis, Direction d) => PositionOf(FlexEndEdge(axis), d).IsDefined;
    internal bool IsFlexEndPositionAuto(FlexDirection axis, Direction d) => PositionOf(FlexEndEdge(axis), d).IsAuto;
    internal bool IsInlineStartPositionDefined(FlexDirection axis, Direction d) => PositionOf(InlineStartEdge(axis, d), d).IsDefined;
    internal bool IsInlineStartPositionAuto(FlexDirection axis, Direction d) => PositionOf(InlineStartEdge(axis, d), d).IsAuto;
    internal bool IsInlineEndPositionDefined(FlexDirection axis, Direction d) => PositionOf(InlineEndEdge(axis, d), d).IsDefined;
    internal bool IsInlineEndPositionAuto(FlexDirection axis, Direction d) => PositionOf(InlineEndEdge(axis, d), d).IsAuto;

    private static float OrZero(float v) => float.IsNaN(v) ? 0f : v;

    internal float FlexStartPosition(FlexDirection axis, Direction d, float axisSize) =>
        OrZero(PositionOf(FlexStartEdge(axis), d).Resolve(axisSize));
    internal float FlexEndPosition(FlexDirection axis, Direction d, float axisSize) =>
        OrZero(PositionOf(FlexEndEdge(axis), d).Resolve(axisSize));
    internal float InlineStartPosition(FlexDirection axis, Direction d, float axisSize) =>
        OrZero(PositionOf(InlineStartEdge(axis, d), d).Resolve(axisSize));
    internal float InlineEndPosition(FlexDirection axis, Direction d, float axisSize) =>
        OrZero(PositionOf(InlineEndEdge(axis, d), d).Resolve(axisSize));

    internal float FlexStartMargin(FlexDirection axis, Direction d, float widthSize) =>
        OrZero(Phys(MarginKind, FlexStartEdge(axis), d).Resolve(widthSize));
    internal float FlexEndMargin(FlexDirection axis, Direction d, float widthSize) =>
        OrZero(Phys(MarginKind, FlexEndEdge(axis), d).Resolve(widthSize));
    internal float InlineStartMargin(FlexDirection axis, Direction d, float widthSize) =>
        OrZero(Phys(MarginKind, InlineStartEdge(axis, d), d).Resolve(widthSize));
    internal float InlineEndMargin(FlexDirection axis, Direction d, float widthSize) =>
        OrZero(Phys(MarginKind, InlineEndEdge(axis, d), d).Resolve(widthSize));

    internal float FlexStartBorder(FlexDirection axis, Direction d) =>
        FloatMath.MaxOrDefined(Phys(BorderKind, FlexStartEdge(axis), d).Resolve(0f), 0f);
    internal float FlexEndBorder(FlexDirection axis, Direction d) =>
        FloatMath.MaxOrDefined(Phys(BorderKind, FlexEndEdge(axis), d).Resolve(0f), 0f);
    internal float InlineStartBorder(FlexDirection axis, Direction d) =>
        FloatMath.MaxOrDefined(Phys(BorderKind, InlineStartEdge(axis, d), d).Resolve(0f), 0f);
    internal float InlineEndBorder(FlexDirection axis, Direction d) =>
        FloatMath.MaxOrDefined(Phys(BorderKind, InlineEndEdge(axis, d), d).Resolve(0f), 0f);

    internal float FlexStartPadding(FlexDirection axis, Direction d, float widthSize) =>
        FloatMath.MaxOrDefined(Phys(PaddingKind, FlexStartEdge(axis), d).Resolve(widthSize), 0f);
    internal float FlexEndPadding(FlexDirection axis, Direction d, float widthSize) =>
        FloatMath.MaxOrDefined(Phys(PaddingKind, FlexEndEdge(axis), d).Resolve(widthSize), 0f);
    internal float InlineStartPadding(FlexDirection axis, Direction d, float widthSize) =>
        FloatMath.MaxOrDefined(Phys(PaddingKind, InlineStartEdge(axis, d), d).Resolve(widthSize), 0f);
    internal float InlineEndPadding(FlexDirection axis, Direction d, float widthSize) =>
        FloatMath.MaxOrDefined(Phys(PaddingKind, InlineEndEdge(axis, d), d).Resolve(widthSize), 0f);

    internal float FlexStartPaddingAndBorder(FlexDirection axis, Direction d, float widthSize) =>
        FlexStartPadding(axis, d, widthSize) + FlexStartBorder(axis, d);
    internal float FlexEndPaddingAndBorder(FlexDirection axis, Direction d, float widthSize) =>
        FlexEndPadding(axis, d, widthSize) + FlexEndBorder(axis, d);
    internal float InlineStartPaddingAndBorder(FlexDirection axis, Direction d, float widthSize) =>
        InlineStartPadding(axis, d, widthSize) + InlineStartBorder(axis, d);
    internal float InlineEndPaddingAndBorder(FlexDirection axis, Direction d, float widthSize) =>
        InlineEndPadding(axis, d, widthSize) + InlineEndBorder(axis, d);

    /// <summary>Padding plus border along an axis (BoundAxis.h paddingAndBorderForAxis).</summary>
    internal float PaddingAndBorderForAxis(FlexDirection axis, Direction d, float widthSize) =>
        InlineStartPaddingAndBorder(axis, d, widthSize) + InlineEndPaddingAndBorder(axis, d, widthSize);

    internal float PaddingAndBorderForDimension(Direction d, int dim, float widthSize)
    {
        var axis = dim == FlexAxis.Width ? FlexDirection.Row : FlexDirection.Column;
        return FlexStartPaddingAndBorder(axis, d, widthSize) + FlexEndPaddingAndBorder(axis, d, widthSize);
    }

    internal float BorderForAxis(FlexDirection axis) =>
        InlineStartBorder(axis, Direction.Ltr) + InlineEndBorder(axis, Direction.Ltr);

    /// <summary>Total margin along an axis; independent of direction.</summary>
    internal float MarginForAxis(FlexDirection axis, float widthSize) =>
        InlineStartMargin(axis, Direction.Ltr, widthSize) + InlineEndMargin(axis, Direction.Ltr, widthSize);

    internal float GapForAxis(FlexDirection axis, float ownerSize)
    {
        var gap = IsRow(axis)
            ? (Gaps[(int)Gutter.Column].IsDefined ? Gaps[(int)Gutter.Column] : Gaps[(int)Gutter.All])
            : (Gaps[(int)Gutter.Row].IsDefined ? Gaps[(int)Gutter.Row] : Gaps[(int)Gutter.All]);
        return FloatMath.MaxOrDefined(gap.Resolve(ownerSize), 0f);
    }

    internal bool FlexStartMarginIsAuto(FlexDirection axis, Direction d) => Phys(MarginKind, FlexStartEdge(axis), d).IsAuto;
    internal bool FlexEndMarginIsAuto(FlexDirection axis, Direction d) => Phys(MarginKind, FlexEndEdge(axis), d).IsAuto;

    internal float ResolvedMinDimension(Direction d, int dim, float referenceLength, float ownerWidth)
    {
        float value = MinDimensions[dim].Resolve(referenceLength);
        return _boxSizing == BoxSizing.BorderBox ? value : value + PaddingAndBorderForDimension(d, dim, ownerWidth);
    }

    internal float ResolvedMaxDimension(Direction d, int dim, float referenceLength, float ownerWidth)
    {
        float value = MaxDimensions[dim].Resolve(referenceLength);
        return _boxSizing == BoxSizing.BorderBox ? value : value + PaddingAndBorderForDimension(d, dim, ownerWidth);
    }
}
