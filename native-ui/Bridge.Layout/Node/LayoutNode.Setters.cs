namespace Bridge.Layout;

// Typed style setters on the node, for callers that prefer node.SetWidth(..) to node.Style.Width = ..;
// both go through the same change check, so an equal value dirties nothing.
public sealed partial class LayoutNode
{
    /// <summary>Sets the preferred width.</summary>
    public void SetWidth(Length value) => Style.Width = value;

    /// <summary>Sets the preferred height.</summary>
    public void SetHeight(Length value) => Style.Height = value;

    /// <summary>Sets the minimum width.</summary>
    public void SetMinWidth(Length value) => Style.MinWidth = value;

    /// <summary>Sets the minimum height.</summary>
    public void SetMinHeight(Length value) => Style.MinHeight = value;

    /// <summary>Sets the maximum width.</summary>
    public void SetMaxWidth(Length value) => Style.MaxWidth = value;

    /// <summary>Sets the maximum height.</summary>
    public void SetMaxHeight(Length value) => Style.MaxHeight = value;

    /// <summary>Sets the main axis.</summary>
    public void SetFlexDirection(FlexDirection value) => Style.FlexDirection = value;

    /// <summary>Sets justify-content.</summary>
    public void SetJustifyContent(Justify value) => Style.JustifyContent = value;

    /// <summary>Sets align-items.</summary>
    public void SetAlignItems(Align value) => Style.AlignItems = value;

    /// <summary>Sets align-self.</summary>
    public void SetAlignSelf(Align value) => Style.AlignSelf = value;

    /// <summary>Sets align-content.</summary>
    public void SetAlignContent(Align value) => Style.AlignContent = value;

    /// <summary>Sets flex-wrap.</summary>
    public void SetFlexWrap(Wrap value) => Style.FlexWrap = value;

    /// <summary>Sets the <c>flex</c> shorthand (React Native semantics).</summary>
    public void SetFlex(float value) => Style.Flex = value;

    /// <summary>Sets flex-grow.</summary>
    public void SetFlexGrow(float value) => Style.FlexGrow = value;

    /// <summary>Sets flex-shrink.</summary>
    public void SetFlexShrink(float value) => Style.FlexShrink = value;

    /// <summary>Sets flex-basis.</summary>
    public void SetFlexBasis(Length value) => Style.FlexBasis = value;

    /// <summary>Sets the positioning scheme.</summary>
    public void SetPositionType(PositionType value) => Style.PositionType = value;

    /// <summary>Sets the display type.</summary>
    public void SetDisplay(Display value) => Style.Display = value;

    /// <summary>Sets overflow.</summary>
    public void SetOverflow(Overflow value) => Style.Overflow = value;

    /// <summary>Sets the inline direction.</summary>
    public void SetDirection(Direction value) => Style.Direction = value;

    /// <summary>Sets box-sizing.</summary>
    public void SetBoxSizing(BoxSizing value) => Style.BoxSizing = value;

    /// <summary>Sets the aspect ratio (width / height).</summary>
    public void SetAspectRatio(float value) => Style.AspectRatio = value;

    /// <summary>Sets the margin of an edge.</summary>
    public void SetMargin(Edge edge, Length value) => Style.SetMargin(edge, value);

    /// <summary>Sets the padding of an edge.</summary>
    public void SetPadding(Edge edge, Length value) => Style.SetPadding(edge, value);

    /// <summary>Sets the border width of an edge.</summary>
    public void SetBorder(Edge edge, Length value) => Style.SetBorder(edge, value);

    /// <summary>Sets the inset of an edge.</summary>
    public void SetPosition(Edge edge, Length value) => Style.SetPosition(edge, value);

    /// <summary>Sets the gap of a gutter.</summary>
    public void SetGap(Gutter gutter, Length value) => Style.SetGap(gutter, value);
}
