using Bridge.Engine.Frame;
using Bridge.Graphics;
using Bridge.Layout;
using Bridge.Schema;

namespace Bridge.Engine.Widgets;

/// <summary>The widget an entity is (every UI entity has one).</summary>
public record struct Widget(WidgetType Type);

/// <summary>The flexbox node of an entity; the layout library owns the style fields and the computed box.</summary>
public record struct LayoutHandle(LayoutNode Node);

/// <summary>An entity's laid-out box: position relative to its parent, size, and absolute position in frame pixels.</summary>
/// <remarks>Published by the layout walk, which skips children far outside a scroll container's viewport: there the box
/// is that of the last walk that reached the entity. <see cref="UiWorld.AbsoluteBox"/> is exact everywhere.</remarks>
public record struct LayoutBox(float X, float Y, float W, float H, float AbsoluteX, float AbsoluteY);

/// <summary>One operation of a style transform, applied in list order about the box centre.</summary>
/// <param name="Kind">Which operation.</param>
/// <param name="Value">Scale factor, translation in pixels, or rotation in radians.</param>
public readonly record struct TransformOp(TransformKind Kind, float Value);

/// <summary>The transform operations a style may list.</summary>
public enum TransformKind : byte
{
    /// <summary>Uniform scale.</summary>
    Scale,
    /// <summary>Horizontal scale.</summary>
    ScaleX,
    /// <summary>Vertical scale.</summary>
    ScaleY,
    /// <summary>Horizontal translation.</summary>
    TranslateX,
    /// <summary>Vertical translation.</summary>
    TranslateY,
    /// <summary>Clockwise rotation.</summary>
    Rotate,
}

/// <summary>The visual and text style of an entity (flexbox keys live in its <see cref="LayoutNode"/>).</summary>
/// <remarks>Corner radii are NaN when unset, meaning "use <see cref="BorderRadius"/>". Text keys are kept on every
/// widget, as the legacy contract accepts them everywhere, and read only by text.</remarks>
public struct Style
{
    /// <summary>Fill colour.</summary>
    public Rgba BackgroundColor;
    /// <summary>Border colour.</summary>
    public Rgba BorderColor;
    /// <summary>Opacity in [0, 1], multiplied down the tree.</summary>
    public float Opacity;
    /// <summary>Radius of every corner not set individually.</summary>
    public float BorderRadius;
    /// <summary>Top-left radius, NaN when unset.</summary>
    public float BorderTopLeftRadius;
    /// <summary>Top-right radius, NaN when unset.</summary>
    public float BorderTopRightRadius;
    /// <summary>Bottom-right radius, NaN when unset.</summary>
    public float BorderBottomRightRadius;
    /// <summary>Bottom-left radius, NaN when unset.</summary>
    public float BorderBottomLeftRadius;
    /// <summary>Transform operations, null when none; parsed lists are shared between entities, so never mutate one.</summary>
    public TransformOp[]? Transform;
    /// <summary>Text colour.</summary>
    public Rgba Color;
    /// <summary>Font size in pixels.</summary>
    public float FontSize;
    /// <summary>CSS font weight (100..1000).</summary>
    public int FontWeight;
    /// <summary>Font family, null for the default.</summary>
    public string? FontFamily;
    /// <summary>Horizontal text alignment.</summary>
    public TextAlign TextAlign;
    /// <summary>Line height in pixels, NaN for the font's own.</summary>
    public float LineHeight;
    /// <summary>How long a change of opacity, transform or colours takes to play, in milliseconds; 0 (the default) jumps.</summary>
    public float TransitionDurationMs;
    /// <summary>How long a change waits before it starts to play, in milliseconds.</summary>
    public float TransitionDelayMs;
    /// <summary>The timing function of transitions (and of layout animations).</summary>
    public TransitionTiming TransitionTiming;

    /// <summary>The React Native defaults: transparent fill, black border and text, opacity 1, 14 px normal text.</summary>
    public static Style Default => new()
    {
        BackgroundColor = Rgba.Transparent,
        BorderColor = Rgba.Black,
        Opacity = 1,
        BorderTopLeftRadius = float.NaN,
        BorderTopRightRadius = float.NaN,
        BorderBottomRightRadius = float.NaN,
        BorderBottomLeftRadius = float.NaN,
        Color = Rgba.Black,
        FontSize = 14,
        FontWeight = 400,
        TextAlign = TextAlign.Auto,
        LineHeight = float.NaN,
    };

    /// <summary>The four corner radii after falling back to <see cref="BorderRadius"/>.</summary>
    public readonly CornerRadii Radii => new(
        float.IsNaN(BorderTopLeftRadius) ? BorderRadius : BorderTopLeftRadius,
        float.IsNaN(BorderTopRightRadius) ? BorderRadius : BorderTopRightRadius,
        float.IsNaN(BorderBottomRightRadius) ? BorderRadius : BorderBottomRightRadius,
        float.IsNaN(BorderBottomLeftRadius) ? BorderRadius : BorderBottomLeftRadius);
}

/// <summary>The CSS timing functions a <c>transitionTimingFunction</c> names, in schema keyword order.</summary>
public enum TransitionTiming : byte
{
    /// <summary>CSS <c>ease</c> (the default).</summary>
    Ease,
    /// <summary>Constant speed.</summary>
    Linear,
    /// <summary>Starts slowly.</summary>
    EaseIn,
    /// <summary>Ends slowly.</summary>
    EaseOut,
    /// <summary>Starts and ends slowly.</summary>
    EaseInOut,
}

/// <summary>How an entity takes part in focus navigation beyond being focusable: group, preferred child, boundaries,
/// wrapping and explicit targets (testIDs, resolved when a key is handled so that a target mounted later still counts).</summary>
public struct FocusOptions
{
    /// <summary>Whether the entity is a focus group, and whether it remembers its last focused child.</summary>
    public FocusGroupKind Group;
    /// <summary>testID of the child to focus on first entry, or null.</summary>
    public string? Preferred;
    /// <summary>Directions in which focus may not leave the group.</summary>
    public Interaction.Focus.DirectionSet Boundary;
    /// <summary>Directions in which focus wraps round to the group's far side.</summary>
    public Interaction.Focus.DirectionSet Wrap;
    /// <summary>testID focus goes to on up from this node, or null for geometry.</summary>
    public string? NextUp;
    /// <summary>testID focus goes to on down from this node, or null.</summary>
    public string? NextDown;
    /// <summary>testID focus goes to on left from this node, or null.</summary>
    public string? NextLeft;
    /// <summary>testID focus goes to on right from this node, or null.</summary>
    public string? NextRight;

    /// <summary>True when every option has its default (the component can go).</summary>
    public readonly bool IsDefault => Group == FocusGroupKind.Unset && Preferred is null && Boundary == 0 && Wrap == 0
        && NextUp is null && NextDown is null && NextLeft is null && NextRight is null;
}

/// <summary>The <c>focusGroup</c> prop. Unset leaves the default: scroll containers are groups that remember.</summary>
public enum FocusGroupKind : byte
{
    /// <summary>No explicit value: a scroll container remembers, any other node is not a group.</summary>
    Unset,
    /// <summary>Explicitly not a group (a scroll container that does not remember either).</summary>
    None,
    /// <summary>A group: navigation searches inside it before leaving it; entry goes by geometry.</summary>
    Group,
    /// <summary>A group that restores its last focused child on re-entry.</summary>
    Remember,
}

/// <summary>Animation options of an entity besides style transitions: the focus effect and layout animation.</summary>
/// <param name="FocusScale">Scale of the entity while it is focused (1: no effect), animated with the entity's transition
/// timing, or 150 ms ease-out when it has none.</param>
/// <param name="AnimateLayout">Whether a change of the entity's layout box animates from the old box to the new one.</param>
public record struct MotionOptions(float FocusScale, bool AnimateLayout)
{
    /// <summary>No effect, no layout animation.</summary>
    public static MotionOptions Default => new(1, false);
}

/// <summary>Marks an entity whose layout box changes animate (its <see cref="MotionOptions.AnimateLayout"/> is set).</summary>
public record struct LayoutAnimation;

/// <summary>The string of a Text widget, its line limit, and the text style and layout derived from them.</summary>
public struct TextContent
{
    /// <summary>The text shown.</summary>
    public string Text;
    /// <summary>Maximum number of lines, 0 for unlimited.</summary>
    public int NumberOfLines;
    /// <summary>The text style built from <see cref="Style"/> and <see cref="NumberOfLines"/>; null until first needed.</summary>
    public TextStyle? TextStyle;
    /// <summary>The layout drawn last (from the text system's cache).</summary>
    public TextLayout? Layout;
}

/// <summary>The source of an Image widget and the handle of the loaded bitmap.</summary>
public record struct ImageContent(string? Src, ImageHandle Handle);

/// <summary>Marks an entity that can take focus.</summary>
public record struct Focusable(bool Enabled);

/// <summary>The axis a scroll container keeps its focused descendant visible along.</summary>
public enum ScrollAxis : byte
{
    /// <summary>Not a scroll container.</summary>
    None,
    /// <summary>Scrolls horizontally.</summary>
    Horizontal,
    /// <summary>Scrolls vertically.</summary>
    Vertical,
}

/// <summary>A scroll container and its current content offset.</summary>
public record struct ScrollContainer(ScrollAxis Axis, float OffsetX, float OffsetY);

/// <summary>The testID of an entity (also indexed by <see cref="UiWorld.TryFindByTestId"/>).</summary>
public record struct TestId(string Value);

/// <summary>The event handlers of an entity; the legacy driver installs delegates that forward to JS.</summary>
public struct Handlers
{
    /// <summary>Called on select while focused.</summary>
    public Action? OnPress;
    /// <summary>Called when the entity gains focus.</summary>
    public Action? OnFocus;
    /// <summary>Called when the entity loses focus.</summary>
    public Action? OnBlur;
    /// <summary>Called for a key while the entity or a descendant is focused; true consumes it.</summary>
    public Func<KeyEvent, bool>? OnKey;
    /// <summary>Called after a layout that changed the entity's box (inside a culled subtree, once it comes within reach).</summary>
    public Action<LayoutBox>? OnLayout;

    /// <summary>Whether no handler is set.</summary>
    public readonly bool IsEmpty => OnPress is null && OnFocus is null && OnBlur is null && OnKey is null && OnLayout is null;
}

/// <summary>What the render system drew for an entity in the last frame.</summary>
/// <param name="Opacity">Opacity after multiplying the ancestors'.</param>
/// <param name="FirstCommand">Index of its first draw command.</param>
/// <param name="CommandCount">Number of draw commands it produced (not counting descendants).</param>
public record struct RenderInfo(float Opacity, int FirstCommand, int CommandCount);
