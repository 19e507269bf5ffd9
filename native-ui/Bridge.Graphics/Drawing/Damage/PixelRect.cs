namespace Bridge.Graphics;

/// <summary>A rectangle of whole device pixels, origin at the top-left of the frame.</summary>
public readonly record struct PixelRect(int X, int Y, int W, int H)
{
    /// <summary>The right edge (exclusive).</summary>
    public int Right => X + W;

    /// <summary>The bottom edge (exclusive).</summary>
    public int Bottom => Y + H;

    /// <summary>True when the rectangle covers no pixel.</summary>
    public bool IsEmpty => W <= 0 || H <= 0;

    /// <summary>The number of pixels covered.</summary>
    public long Area => IsEmpty ? 0 : (long)W * H;

    /// <summary>The smallest pixel rectangle that covers <paramref name="r"/> grown by <paramref name="pad"/> pixels on
    /// every side; empty when <paramref name="r"/> has no area.</summary>
    public static PixelRect Covering(in RectF r, float pad)
    {
        if (!(r.W > 0) || !(r.H > 0)) return default;
        // Clamped far outside any frame so that huge or transformed-away bounds cannot overflow an int.
        int x0 = (int)Math.Clamp(MathF.Floor(r.X - pad), -1e8f, 1e8f);
        int y0 = (int)Math.Clamp(MathF.Floor(r.Y - pad), -1e8f, 1e8f);
        int x1 = (int)Math.Clamp(MathF.Ceiling(r.Right + pad), -1e8f, 1e8f);
        int y1 = (int)Math.Clamp(MathF.Ceiling(r.Bottom + pad), -1e8f, 1e8f);
        return x1 > x0 && y1 > y0 ? new PixelRect(x0, y0, x1 - x0, y1 - y0) : default;
    }

    /// <summary>The overlap of two rectangles (empty when they do not overlap).</summary>
    public PixelRect Intersect(in PixelRect o)
    {
        int x0 = Math.Max(X, o.X), y0 = Math.Max(Y, o.Y);
        int x1 = Math.Min(Right, o.Right), y1 = Math.Min(Bottom, o.Bottom);
        return x1 > x0 && y1 > y0 ? new PixelRect(x0, y0, x1 - x0, y1 - y0) : default;
    }

    /// <summary>The smallest rectangle covering both (an empty one adds nothing).</summary>
    public PixelRect Union(in PixelRect o)
    {
        if (IsEmpty) return o;
        if (o.IsEmpty) return this;
        int x0 = Math.Min(X, o.X), y0 = Math.Min(Y, o.Y);
        return new PixelRect(x0, y0, Math.Max(Right, o.Right) - x0, Math.Max(Bottom, o.Bottom) - y0);
    }

    /// <summary>True when the two share at least one pixel.</summary>
    public bool Overlaps(in PixelRect o) =>
        !IsEmpty && !o.IsEmpty && X < o.Right && o.X < Right && Y < o.Bottom && o.Y < Bottom;

    /// <summary>True when the rectangle overlaps the float rectangle <paramref name="r"/> (edges touching do not count).</summary>
    public bool Overlaps(in RectF r) => !IsEmpty && r.X < Right && X < r.Right && r.Y < Bottom && Y < r.Bottom;

    /// <inheritdoc/>
    public override string ToString() => $"({X}, {Y}) {W}x{H}";
}
