namespace Bridge.Graphics;

/// <summary>The clip in force at a point of a <see cref="DrawList"/>, in device pixels: the square scissor (the
/// intersection of every enclosing clip) and the innermost rounded clip, if any.</summary>
/// <remarks>Both the backend (to draw) and <see cref="FrameDiff"/> (to bound what a command can touch) walk the list
/// with it, so that they agree on where each command lands.</remarks>
public struct ClipState
{
    /// <summary>Everything outside this rectangle is clipped away.</summary>
    public RectF Scissor;

    /// <summary>True when a rounded clip applies per pixel.</summary>
    public bool HasRound;

    /// <summary>The rounded clip's rectangle.</summary>
    public RectF Round;

    /// <summary>The rounded clip's corner radii.</summary>
    public CornerRadii RoundRadii;

    /// <summary>No clip in a <paramref name="width"/>×<paramref name="height"/> frame.</summary>
    public static ClipState Frame(int width, int height) => new() { Scissor = new RectF(0, 0, width, height) };

    /// <summary>The clip inside a <see cref="DrawKind.PushClip"/> of <paramref name="rect"/> and <paramref name="radii"/>
    /// (both already in device pixels) pushed onto this one.</summary>
    public readonly ClipState Push(in RectF rect, in CornerRadii radii)
    {
        ClipState inner = this;
        inner.Scissor = Scissor.Intersect(rect);
        if (!radii.IsZero)
        {
            inner.HasRound = true;
            inner.Round = rect;
            inner.RoundRadii = radii;
        }
        return inner;
    }
}
