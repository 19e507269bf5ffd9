using System.Diagnostics.CodeAnalysis;

namespace Bridge.Graphics;

/// <summary>The ordered list of what one frame draws, built by the engine and consumed by a backend.</summary>
/// <remarks>Reuse one list frame to frame: <see cref="Clear"/> keeps its capacity, so once warm adding allocates
/// nothing. Commands draw in order (painter's algorithm); clips nest and must be balanced.</remarks>
public sealed class DrawList
{
    private DrawCommand[] _commands;
    private int _count;
    private int _clipDepth;

    /// <summary>Creates an empty list with room for <paramref name="capacity"/> commands.</summary>
    public DrawList(int capacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _commands = new DrawCommand[Math.Max(capacity, 4)];
    }

    /// <summary>The number of commands recorded.</summary>
    public int Count => _count;

    /// <summary>The clips pushed and not yet popped.</summary>
    public int ClipDepth => _clipDepth;

    /// <summary>The recorded commands in draw order.</summary>
    public ReadOnlySpan<DrawCommand> Commands => new(_commands, 0, _count);

    /// <summary>How commands (recorded in design units) map to device pixels: a backend draws a point p at
    /// <c>p * Scale + Offset</c>, and rasterizes text and rounded corners at that scale.</summary>
    /// <remarks>Kept by <see cref="Clear"/>; identity unless the engine lays out at a design size other than the frame's.</remarks>
    public DeviceMapping Device { get; set; } = DeviceMapping.Identity;

    /// <summary>Removes every command, keeping the capacity.</summary>
    public void Clear()
    {
        _count = 0;
        _clipDepth = 0;
    }

    /// <summary>Adds a filled rounded rectangle with a border (width 0 for none).</summary>
    public void AddRect(in RectF rect, in CornerRadii radii, Rgba fill, float borderWidth, Rgba borderColor,
                        float opacity, in Transform2D transform)
    {
        CheckRect(rect, nameof(AddRect));
        if (!(borderWidth >= 0)) ThrowBad(nameof(AddRect), "borderWidth", borderWidth);
        Append(new DrawCommand(DrawKind.Rect, rect, radii, fill, borderWidth, borderColor, Clamp01(opacity),
                               transform, default, null));
    }

    /// <summary>Adds an image stretched over a rounded rectangle; a placeholder is drawn until it is ready.</summary>
    public void AddImage(in RectF rect, in CornerRadii radii, ImageHandle image, float opacity, in Transform2D t)
    {
        CheckRect(rect, nameof(AddImage));
        Append(new DrawCommand(DrawKind.Image, rect, radii, default, 0, default, Clamp01(opacity), t, image, null));
    }

    /// <summary>Adds a text layout whose top-left corner sits at the rectangle's top-left corner.</summary>
    public void AddText(in RectF rect, TextLayout layout, Rgba color, float opacity, in Transform2D t)
    {
        ArgumentNullException.ThrowIfNull(layout);
        CheckRect(rect, nameof(AddText));
        Append(new DrawCommand(DrawKind.Text, rect, default, color, 0, default, Clamp01(opacity), t, default, layout));
    }

    /// <summary>Clips the following commands to a rectangle (rounded when radii are non-zero) until <see cref="PopClip"/>.</summary>
    public void PushClip(in RectF rect, in CornerRadii radii)
    {
        CheckRect(rect, nameof(PushClip));
        _clipDepth++;
        Append(new DrawCommand(DrawKind.PushClip, rect, radii, default, 0, default, 1, Transform2D.Identity, default, null));
    }

    /// <summary>Ends the innermost clip.</summary>
    public void PopClip()
    {
        if (_clipDepth == 0) ThrowUnbalancedPop();
        _clipDepth--;
        Append(new DrawCommand(DrawKind.PopClip, default, default, default, 0, default, 1, Transform2D.Identity, default, null));
    }

    private void Append(in DrawCommand command)
    {
        if (_count == _commands.Length) Array.Resize(ref _commands, _commands.Length * 2);
        _commands[_count++] = command;
    }

    private static float Clamp01(float v) => v >= 1f ? 1f : v > 0f ? v : 0f;

    private static void CheckRect(in RectF r, string op)
    {
        if (!float.IsFinite(r.X) || !float.IsFinite(r.Y) || !(r.W >= 0) || !(r.H >= 0) || !float.IsFinite(r.W) || !float.IsFinite(r.H))
            ThrowBadRect(op, r);
    }

    [DoesNotReturn]
    private static void ThrowBadRect(string op, RectF r) =>
        throw new ArgumentException($"DrawList.{op}: rect {r} must have finite coordinates and a non-negative finite size.");

    [DoesNotReturn]
    private static void ThrowBad(string op, string name, float value) =>
        throw new ArgumentOutOfRangeException(name, value, $"DrawList.{op}: {name} must be a non-negative number.");

    [DoesNotReturn]
    private static void ThrowUnbalancedPop() =>
        throw new InvalidOperationException("DrawList.PopClip: no clip is pushed (PopClip without a matching PushClip).");
}
