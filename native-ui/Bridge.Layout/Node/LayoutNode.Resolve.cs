using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

// Node-level rules of Yoga (yoga/node/Node.cpp and Node.h, MIT licence, Meta Platforms).
public sealed partial class LayoutNode
{
    internal bool IsMeasured => _measure != null;

    internal Direction ResolveDirection(Direction ownerDirection)
    {
        var d = Style.Direction;
        if (d == Direction.Inherit) return ownerDirection != Direction.Inherit ? ownerDirection : Direction.Ltr;
        return d;
    }

    /// <summary>Yoga's processDimensions: kept up to date by the style setters, so nothing to do per layout.</summary>
    internal void ProcessDimensions()
    {
        if (Style.ProcessedStale) Style.UpdateProcessedDimensions();
    }

    internal ref readonly DimLengths ProcessedDimensions => ref Style.Processed;

    /// <summary>Whether the size along a dimension is definite (css-sizing-3 §definite).</summary>
    internal bool HasDefiniteLength(int dim, float ownerSize)
    {
        float used = ProcessedDimensions[dim].Resolve(ownerSize);
        return !float.IsNaN(used) && used >= 0f;
    }

    internal float GetResolvedDimension(Direction direction, int dim, float referenceLength, float ownerWidth)
    {
        float value = ProcessedDimensions[dim].Resolve(referenceLength);
        return Style.BoxSizing == BoxSizing.BorderBox ? value : value + Style.PaddingAndBorderForDimension(direction, dim, ownerWidth);
    }

    internal float ResolveFlexGrow()
    {
        if (Parent == null) return 0f;
        if (!float.IsNaN(Style.FlexGrow)) return Style.FlexGrow;
        if (!float.IsNaN(Style.Flex) && Style.Flex > 0f) return Style.Flex;
        return 0f;
    }

    internal float ResolveFlexShrink()
    {
        if (Parent == null) return 0f;
        if (!float.IsNaN(Style.FlexShrink)) return Style.FlexShrink;
        if (!Config.UseWebDefaults && !float.IsNaN(Style.Flex) && Style.Flex < 0f) return -Style.Flex;
        return Config.UseWebDefaults ? 1f : 0f;
    }

    internal bool IsNodeFlexible() =>
        Style.PositionType != PositionType.Absolute && (ResolveFlexGrow() != 0 || ResolveFlexShrink() != 0);

    private Length ProcessFlexBasis()
    {
        var basis = Style.FlexBasis;
        if (basis.Unit != LengthUnit.Auto && basis.Unit != LengthUnit.Undefined) return basis;
        if (!float.IsNaN(Style.Flex) && Style.Flex > 0f) return Config.UseWebDefaults ? Length.Auto : Length.Points(0);
        return Length.Auto;
    }

    internal float ResolveFlexBasis(Direction direction, FlexDirection flexDirection, float referenceLength, float ownerWidth)
    {
        float value = ProcessFlexBasis().Resolve(referenceLength);
        if (Style.BoxSizing == BoxSizing.BorderBox) return value;
        return value + Style.PaddingAndBorderForDimension(direction, Dim(flexDirection), ownerWidth);
    }

    internal float DimensionWithMargin(FlexDirection axis, float widthSize) =>
        Layout.MeasuredDimensions[Dim(axis)] + Style.MarginForAxis(axis, widthSize);

    internal bool IsLayoutDimensionDefined(FlexDirection axis)
    {
        float v = Layout.MeasuredDimensions[Dim(axis)];
        return !float.IsNaN(v) && v >= 0f;
    }

    /// <summary>Relative offset: start inset if set, else minus the end inset; static nodes ignore insets.</summary>
    private float RelativePosition(FlexDirection axis, Direction direction, float axisSize)
    {
        if (Style.PositionType == PositionType.Static) return 0;
        if (Style.IsInlineStartPositionDefined(axis, direction) && !Style.IsInlineStartPositionAuto(axis, direction))
            return Style.InlineStartPosition(axis, direction, axisSize);
        return -Style.InlineEndPosition(axis, direction, axisSize);
    }

    /// <summary>Sets the initial position (margins plus relative offset) on all four edges.</summary>
    internal void SetInitialPosition(Direction direction, float ownerWidth, float ownerHeight)
    {
        // Roots are always laid out LTR so their offsets stay positive.
        var dirRoot = Parent != null ? direction : Direction.Ltr;
        var mainAxis = Resolve(Style.FlexDirection, dirRoot);
        var crossAxis = Cross(mainAxis, dirRoot);
        float relMain = RelativePosition(mainAxis, dirRoot, IsRow(mainAxis) ? ownerWidth : ownerHeight);
        float relCross = RelativePosition(crossAxis, dirRoot, IsRow(mainAxis) ? ownerHeight : ownerWidth);

        Layout.Position[(int)InlineStartEdge(mainAxis, direction)] = Style.InlineStartMargin(mainAxis, direction, ownerWidth) + relMain;
        Layout.Position[(int)InlineEndEdge(mainAxis, direction)] = Style.InlineEndMargin(mainAxis, direction, ownerWidth) + relMain;
        Layout.Position[(int)InlineStartEdge(crossAxis, direction)] = Style.InlineStartMargin(crossAxis, direction, ownerWidth) + relCross;
        Layout.Position[(int)InlineEndEdge(crossAxis, direction)] = Style.InlineEndMargin(crossAxis, direction, ownerWidth) + relCross;
    }

    internal (float Width, float Height) InvokeMeasure(float width, MeasureMode wm, float height, MeasureMode hm)
    {
        var (w, h) = _measure!(this, width, wm, height, hm);
        if (float.IsNaN(w) || w < 0) w = 0;
        if (float.IsNaN(h) || h < 0) h = 0;
        return (w, h);
    }

    internal void SetLayoutDimension(float value, int dim) => Layout.Dimensions[dim] = value;
}
