namespace Bridge.Interaction.Geometry;

/// <summary>An axis-aligned rectangle in absolute pixels (x, y of the top-left corner, width, height).</summary>
public readonly record struct Rect(float X, float Y, float W, float H)
{
    /// <summary>The x of the right edge.</summary>
    public float Right => X + W;

    /// <summary>The y of the bottom edge.</summary>
    public float Bottom => Y + H;

    /// <summary>The x of the centre.</summary>
    public float CenterX => X + W * 0.5f;

    /// <summary>The y of the centre.</summary>
    public float CenterY => Y + H * 0.5f;

    /// <summary>The start coordinate along an axis (x when horizontal, y when vertical).</summary>
    public float Start(bool vertical) => vertical ? Y : X;

    /// <summary>The end coordinate along an axis (right when horizontal, bottom when vertical).</summary>
    public float End(bool vertical) => vertical ? Y + H : X + W;

    /// <summary>The rectangle linearly interpolated between this one (t = 0) and another (t = 1).</summary>
    public Rect Lerp(Rect to, float t) =>
        new(X + (to.X - X) * t, Y + (to.Y - Y) * t, W + (to.W - W) * t, H + (to.H - H) * t);

    /// <summary>True when the two rectangles share some area.</summary>
    public bool Intersects(Rect other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    /// <summary>True when this rectangle lies inside another one (edges may touch).</summary>
    public bool IsInside(Rect outer) =>
        X >= outer.X && Y >= outer.Y && Right <= outer.Right && Bottom <= outer.Bottom;
}
