namespace Bridge.Graphics;

/// <summary>What a <see cref="DrawCommand"/> draws.</summary>
public enum DrawKind : byte
{
    /// <summary>A filled rounded rectangle with an optional border.</summary>
    Rect,
    /// <summary>An image stretched over a rounded rectangle.</summary>
    Image,
    /// <summary>A laid-out text block.</summary>
    Text,
    /// <summary>Starts clipping later commands to a (rounded) rectangle.</summary>
    PushClip,
    /// <summary>Ends the innermost clip.</summary>
    PopClip,
}

/// <summary>One entry of a <see cref="DrawList"/>; fields that do not apply to its kind are default.</summary>
/// <param name="Kind">What to draw.</param>
/// <param name="Rect">The box in frame pixels (before the transform).</param>
/// <param name="Radii">Corner radii of the box (or of the clip).</param>
/// <param name="Color">Fill colour of a rect, colour of text (straight alpha).</param>
/// <param name="BorderWidth">Border width in pixels (rects only).</param>
/// <param name="BorderColor">Border colour (rects only).</param>
/// <param name="Opacity">Opacity in [0, 1] multiplied into every colour of the command.</param>
/// <param name="Transform">Transform applied to the box.</param>
/// <param name="Image">Image to draw (images only).</param>
/// <param name="Text">Text layout to draw (text only).</param>
public readonly record struct DrawCommand(
    DrawKind Kind, RectF Rect, CornerRadii Radii, Rgba Color, float BorderWidth, Rgba BorderColor,
    float Opacity, Transform2D Transform, ImageHandle Image, TextLayout? Text);
