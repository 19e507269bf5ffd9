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

    private const int MarginKind = 0, PositionKind = 1, PaddingKind = 2, BorderKind = 3;

    /// <summary>Physical edges resolved once per style change for LTR and RTL, so layout does not re-walk the fallbacks.</summary>
    private PhysicalEdgeLengths _ltrEdges;
    private bool _ltrValid;
    private RtlEdgeTable? _rtl;

    /// <summary>The RTL table lives apart: only trees laid out right-to-left pay for it.</summary>
    private sealed class RtlEdgeTable
    {
        public PhysicalEdgeLengths Edges;
        public bool Valid;
    }

    private ref readonly EdgeLengths KindEdges(int kind)
    {
        switch (kind)
        {
            case MarginKind: return ref Margins;
            case PositionKind: return ref Positions;
            case PaddingKind: return ref Paddings;
            default: return ref Borders;
        }
    }

    private void Rebuild(ref PhysicalEdgeLengths table, Direction d)
    {
        for (int kind = 0; kind < 4; kind++)
        {
            ref readonly var e = ref KindEdges(kind);
            for (int edge = 0; edge < 4; edge++)
                table[kind * 4 + edge] = EdgeOf(in e, (PhysicalEdge)edge, d);
        }
    }

    /// <summary>Bit per kind (margin, position, padding, border) with at least one defined edge.</summary>
    private int _definedKinds;

    private Length Phys(int kind, PhysicalEdge edge, Direction d)
    {
        if ((_definedKinds & (1 << kind)) == 0) return default;
        if (d == Direction.Ltr)
        {
            if (!_ltrValid)
            {
                Rebuild(ref _ltrEdges, Direction.Ltr);
                _ltrValid = true;
            }
            return _ltrEdges[kind * 4 + (int)edge];
        }
        if (d == Direction.Rtl)
        {
            var rtl = _rtl ??= new RtlEdgeTable();
            if (!rtl.Valid)
            {
                Rebuild(ref rtl.Edges, Direction.Rtl);
                rtl.Valid = true;
            }
            return rtl.Edges[kind * 4 + (int)edge];
        }
        return EdgeOf(in KindEdges(kind), edge, d);
    }

    private void EdgesChanged()
    {
        _definedKinds = 0;
        for (int kind = 0; kind < 4; kind++)
        {
            ref readonly var e = ref KindEdges(kind);
            for (int i = 0; i < 9; i++)
            {
                if (e[i].IsDefined)
                {
                    _definedKinds |= 1 << kind;
                    break;
                }
            }
        }
        _ltrValid = false;
        if (_rtl != null) _rtl.Valid = false;
    }

    internal Length PositionOf(PhysicalEdge edge, Direction d) => Phys(PositionKind, edge, d);

    internal Length MarginOf(PhysicalEdge edge, Direction d) => Phys(MarginKind, edge, d);

    internal bool HorizontalInsetsDefined =>
        Positions[(int)Edge.Left].IsDefined || Positions[(int)Edge.Right].IsDefined || Positions[(int)Edge.All].IsDefined
        || Positions[(int)Edge.Horizontal].IsDefined || Positions[(int)Edge.Start].IsDefined || Positions[(int)Edge.End].IsDefined;

    internal bool VerticalInsetsDefined =>
        Positions[(int)Edge.Top].IsDefined || Positions[(int)Edge.Bottom].IsDefined || Positions[(int)Edge.All].IsDefined
        || Positions[(int)Edge.Vertical].IsDefined;

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
