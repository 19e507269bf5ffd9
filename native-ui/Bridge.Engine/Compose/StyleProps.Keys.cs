using Bridge.Schema;

namespace Bridge.Engine.Compose;

// One property per style key of the schema (flexbox, visual and text keys), in schema order.
public sealed partial class StyleProps
{
    /// <summary>The <c>direction</c> style key.</summary>
    public StyleValue Direction { get => Get(PropKey.Direction); set => Set(PropKey.Direction, value); }

    /// <summary>The <c>flexDirection</c> style key.</summary>
    public StyleValue FlexDirection { get => Get(PropKey.FlexDirection); set => Set(PropKey.FlexDirection, value); }

    /// <summary>The <c>justifyContent</c> style key.</summary>
    public StyleValue JustifyContent { get => Get(PropKey.JustifyContent); set => Set(PropKey.JustifyContent, value); }

    /// <summary>The <c>alignContent</c> style key.</summary>
    public StyleValue AlignContent { get => Get(PropKey.AlignContent); set => Set(PropKey.AlignContent, value); }

    /// <summary>The <c>alignItems</c> style key.</summary>
    public StyleValue AlignItems { get => Get(PropKey.AlignItems); set => Set(PropKey.AlignItems, value); }

    /// <summary>The <c>alignSelf</c> style key.</summary>
    public StyleValue AlignSelf { get => Get(PropKey.AlignSelf); set => Set(PropKey.AlignSelf, value); }

    /// <summary>The <c>position</c> style key.</summary>
    public StyleValue Position { get => Get(PropKey.Position); set => Set(PropKey.Position, value); }

    /// <summary>The <c>flexWrap</c> style key.</summary>
    public StyleValue FlexWrap { get => Get(PropKey.FlexWrap); set => Set(PropKey.FlexWrap, value); }

    /// <summary>The <c>overflow</c> style key.</summary>
    public StyleValue Overflow { get => Get(PropKey.Overflow); set => Set(PropKey.Overflow, value); }

    /// <summary>The <c>display</c> style key.</summary>
    public StyleValue Display { get => Get(PropKey.Display); set => Set(PropKey.Display, value); }

    /// <summary>The <c>flex</c> style key.</summary>
    public StyleValue Flex { get => Get(PropKey.Flex); set => Set(PropKey.Flex, value); }

    /// <summary>The <c>flexGrow</c> style key.</summary>
    public StyleValue FlexGrow { get => Get(PropKey.FlexGrow); set => Set(PropKey.FlexGrow, value); }

    /// <summary>The <c>flexShrink</c> style key.</summary>
    public StyleValue FlexShrink { get => Get(PropKey.FlexShrink); set => Set(PropKey.FlexShrink, value); }

    /// <summary>The <c>flexBasis</c> style key.</summary>
    public StyleValue FlexBasis { get => Get(PropKey.FlexBasis); set => Set(PropKey.FlexBasis, value); }

    /// <summary>The <c>aspectRatio</c> style key.</summary>
    public StyleValue AspectRatio { get => Get(PropKey.AspectRatio); set => Set(PropKey.AspectRatio, value); }

    /// <summary>The <c>width</c> style key.</summary>
    public StyleValue Width { get => Get(PropKey.Width); set => Set(PropKey.Width, value); }

    /// <summary>The <c>height</c> style key.</summary>
    public StyleValue Height { get => Get(PropKey.Height); set => Set(PropKey.Height, value); }

    /// <summary>The <c>minWidth</c> style key.</summary>
    public StyleValue MinWidth { get => Get(PropKey.MinWidth); set => Set(PropKey.MinWidth, value); }

    /// <summary>The <c>minHeight</c> style key.</summary>
    public StyleValue MinHeight { get => Get(PropKey.MinHeight); set => Set(PropKey.MinHeight, value); }

    /// <summary>The <c>maxWidth</c> style key.</summary>
    public StyleValue MaxWidth { get => Get(PropKey.MaxWidth); set => Set(PropKey.MaxWidth, value); }

    /// <summary>The <c>maxHeight</c> style key.</summary>
    public StyleValue MaxHeight { get => Get(PropKey.MaxHeight); set => Set(PropKey.MaxHeight, value); }

    /// <summary>The <c>margin</c> style key.</summary>
    public StyleValue Margin { get => Get(PropKey.Margin); set => Set(PropKey.Margin, value); }

    /// <summary>The <c>marginLeft</c> style key.</summary>
    public StyleValue MarginLeft { get => Get(PropKey.MarginLeft); set => Set(PropKey.MarginLeft, value); }

    /// <summary>The <c>marginTop</c> style key.</summary>
    public StyleValue MarginTop { get => Get(PropKey.MarginTop); set => Set(PropKey.MarginTop, value); }

    /// <summary>The <c>marginRight</c> style key.</summary>
    public StyleValue MarginRight { get => Get(PropKey.MarginRight); set => Set(PropKey.MarginRight, value); }

    /// <summary>The <c>marginBottom</c> style key.</summary>
    public StyleValue MarginBottom { get => Get(PropKey.MarginBottom); set => Set(PropKey.MarginBottom, value); }

    /// <summary>The <c>marginStart</c> style key.</summary>
    public StyleValue MarginStart { get => Get(PropKey.MarginStart); set => Set(PropKey.MarginStart, value); }

    /// <summary>The <c>marginEnd</c> style key.</summary>
    public StyleValue MarginEnd { get => Get(PropKey.MarginEnd); set => Set(PropKey.MarginEnd, value); }

    /// <summary>The <c>marginHorizontal</c> style key.</summary>
    public StyleValue MarginHorizontal { get => Get(PropKey.MarginHorizontal); set => Set(PropKey.MarginHorizontal, value); }

    /// <summary>The <c>marginVertical</c> style key.</summary>
    public StyleValue MarginVertical { get => Get(PropKey.MarginVertical); set => Set(PropKey.MarginVertical, value); }

    /// <summary>The <c>padding</c> style key.</summary>
    public StyleValue Padding { get => Get(PropKey.Padding); set => Set(PropKey.Padding, value); }

    /// <summary>The <c>paddingLeft</c> style key.</summary>
    public StyleValue PaddingLeft { get => Get(PropKey.PaddingLeft); set => Set(PropKey.PaddingLeft, value); }

    /// <summary>The <c>paddingTop</c> style key.</summary>
    public StyleValue PaddingTop { get => Get(PropKey.PaddingTop); set => Set(PropKey.PaddingTop, value); }

    /// <summary>The <c>paddingRight</c> style key.</summary>
    public StyleValue PaddingRight { get => Get(PropKey.PaddingRight); set => Set(PropKey.PaddingRight, value); }

    /// <summary>The <c>paddingBottom</c> style key.</summary>
    public StyleValue PaddingBottom { get => Get(PropKey.PaddingBottom); set => Set(PropKey.PaddingBottom, value); }

    /// <summary>The <c>paddingStart</c> style key.</summary>
    public StyleValue PaddingStart { get => Get(PropKey.PaddingStart); set => Set(PropKey.PaddingStart, value); }

    /// <summary>The <c>paddingEnd</c> style key.</summary>
    public StyleValue PaddingEnd { get => Get(PropKey.PaddingEnd); set => Set(PropKey.PaddingEnd, value); }

    /// <summary>The <c>paddingHorizontal</c> style key.</summary>
    public StyleValue PaddingHorizontal { get => Get(PropKey.PaddingHorizontal); set => Set(PropKey.PaddingHorizontal, value); }

    /// <summary>The <c>paddingVertical</c> style key.</summary>
    public StyleValue PaddingVertical { get => Get(PropKey.PaddingVertical); set => Set(PropKey.PaddingVertical, value); }

    /// <summary>The <c>borderWidth</c> style key.</summary>
    public StyleValue BorderWidth { get => Get(PropKey.BorderWidth); set => Set(PropKey.BorderWidth, value); }

    /// <summary>The <c>borderLeftWidth</c> style key.</summary>
    public StyleValue BorderLeftWidth { get => Get(PropKey.BorderLeftWidth); set => Set(PropKey.BorderLeftWidth, value); }

    /// <summary>The <c>borderTopWidth</c> style key.</summary>
    public StyleValue BorderTopWidth { get => Get(PropKey.BorderTopWidth); set => Set(PropKey.BorderTopWidth, value); }

    /// <summary>The <c>borderRightWidth</c> style key.</summary>
    public StyleValue BorderRightWidth { get => Get(PropKey.BorderRightWidth); set => Set(PropKey.BorderRightWidth, value); }

    /// <summary>The <c>borderBottomWidth</c> style key.</summary>
    public StyleValue BorderBottomWidth { get => Get(PropKey.BorderBottomWidth); set => Set(PropKey.BorderBottomWidth, value); }

    /// <summary>The <c>borderStartWidth</c> style key.</summary>
    public StyleValue BorderStartWidth { get => Get(PropKey.BorderStartWidth); set => Set(PropKey.BorderStartWidth, value); }

    /// <summary>The <c>borderEndWidth</c> style key.</summary>
    public StyleValue BorderEndWidth { get => Get(PropKey.BorderEndWidth); set => Set(PropKey.BorderEndWidth, value); }

    /// <summary>The <c>left</c> style key.</summary>
    public StyleValue Left { get => Get(PropKey.Left); set => Set(PropKey.Left, value); }

    /// <summary>The <c>top</c> style key.</summary>
    public StyleValue Top { get => Get(PropKey.Top); set => Set(PropKey.Top, value); }

    /// <summary>The <c>right</c> style key.</summary>
    public StyleValue Right { get => Get(PropKey.Right); set => Set(PropKey.Right, value); }

    /// <summary>The <c>bottom</c> style key.</summary>
    public StyleValue Bottom { get => Get(PropKey.Bottom); set => Set(PropKey.Bottom, value); }

    /// <summary>The <c>start</c> style key.</summary>
    public StyleValue Start { get => Get(PropKey.Start); set => Set(PropKey.Start, value); }

    /// <summary>The <c>end</c> style key.</summary>
    public StyleValue End { get => Get(PropKey.End); set => Set(PropKey.End, value); }

    /// <summary>The <c>gap</c> style key.</summary>
    public StyleValue Gap { get => Get(PropKey.Gap); set => Set(PropKey.Gap, value); }

    /// <summary>The <c>rowGap</c> style key.</summary>
    public StyleValue RowGap { get => Get(PropKey.RowGap); set => Set(PropKey.RowGap, value); }

    /// <summary>The <c>columnGap</c> style key.</summary>
    public StyleValue ColumnGap { get => Get(PropKey.ColumnGap); set => Set(PropKey.ColumnGap, value); }

    /// <summary>The <c>boxSizing</c> style key.</summary>
    public StyleValue BoxSizing { get => Get(PropKey.BoxSizing); set => Set(PropKey.BoxSizing, value); }

    /// <summary>The <c>backgroundColor</c> style key.</summary>
    public StyleValue BackgroundColor { get => Get(PropKey.BackgroundColor); set => Set(PropKey.BackgroundColor, value); }

    /// <summary>The <c>color</c> style key.</summary>
    public StyleValue Color { get => Get(PropKey.Color); set => Set(PropKey.Color, value); }

    /// <summary>The <c>opacity</c> style key.</summary>
    public StyleValue Opacity { get => Get(PropKey.Opacity); set => Set(PropKey.Opacity, value); }

    /// <summary>The <c>borderRadius</c> style key.</summary>
    public StyleValue BorderRadius { get => Get(PropKey.BorderRadius); set => Set(PropKey.BorderRadius, value); }

    /// <summary>The <c>borderTopLeftRadius</c> style key.</summary>
    public StyleValue BorderTopLeftRadius { get => Get(PropKey.BorderTopLeftRadius); set => Set(PropKey.BorderTopLeftRadius, value); }

    /// <summary>The <c>borderTopRightRadius</c> style key.</summary>
    public StyleValue BorderTopRightRadius { get => Get(PropKey.BorderTopRightRadius); set => Set(PropKey.BorderTopRightRadius, value); }

    /// <summary>The <c>borderBottomRightRadius</c> style key.</summary>
    public StyleValue BorderBottomRightRadius { get => Get(PropKey.BorderBottomRightRadius); set => Set(PropKey.BorderBottomRightRadius, value); }

    /// <summary>The <c>borderBottomLeftRadius</c> style key.</summary>
    public StyleValue BorderBottomLeftRadius { get => Get(PropKey.BorderBottomLeftRadius); set => Set(PropKey.BorderBottomLeftRadius, value); }

    /// <summary>The <c>borderColor</c> style key.</summary>
    public StyleValue BorderColor { get => Get(PropKey.BorderColor); set => Set(PropKey.BorderColor, value); }

    /// <summary>The <c>fontSize</c> style key.</summary>
    public StyleValue FontSize { get => Get(PropKey.FontSize); set => Set(PropKey.FontSize, value); }

    /// <summary>The <c>fontWeight</c> style key.</summary>
    public StyleValue FontWeight { get => Get(PropKey.FontWeight); set => Set(PropKey.FontWeight, value); }

    /// <summary>The <c>fontFamily</c> style key.</summary>
    public StyleValue FontFamily { get => Get(PropKey.FontFamily); set => Set(PropKey.FontFamily, value); }

    /// <summary>The <c>textAlign</c> style key.</summary>
    public StyleValue TextAlign { get => Get(PropKey.TextAlign); set => Set(PropKey.TextAlign, value); }

    /// <summary>The <c>lineHeight</c> style key.</summary>
    public StyleValue LineHeight { get => Get(PropKey.LineHeight); set => Set(PropKey.LineHeight, value); }

    /// <summary>The <c>transform</c> style key.</summary>
    public StyleValue Transform { get => Get(PropKey.Transform); set => Set(PropKey.Transform, value); }

    /// <summary>The <c>transitionDuration</c> style key.</summary>
    public StyleValue TransitionDuration { get => Get(PropKey.TransitionDuration); set => Set(PropKey.TransitionDuration, value); }

    /// <summary>The <c>transitionDelay</c> style key.</summary>
    public StyleValue TransitionDelay { get => Get(PropKey.TransitionDelay); set => Set(PropKey.TransitionDelay, value); }

    /// <summary>The <c>transitionTimingFunction</c> style key.</summary>
    public StyleValue TransitionTimingFunction { get => Get(PropKey.TransitionTimingFunction); set => Set(PropKey.TransitionTimingFunction, value); }
}
