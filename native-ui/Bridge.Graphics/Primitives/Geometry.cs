namespace Bridge.Graphics;

/// <summary>An axis-aligned rectangle in pixels, origin at the top-left of the frame.</summary>
public readonly record struct RectF(float X, float Y, float W, float H)
{
    /// <summary>The right edge (X + W).</summary>
    public float Right => X + W;

    /// <summary>The bottom edge (Y + H).</summary>
    public float Bottom => Y + H;

    /// <summary>Returns the overlap of two rectangles, empty (zero size) when they do not overlap.</summary>
    public RectF Intersect(in RectF other)
    {
        float x0 = MathF.Max(X, other.X), y0 = MathF.Max(Y, other.Y);
        float x1 = MathF.Min(Right, other.Right), y1 = MathF.Min(Bottom, other.Bottom);
        return new RectF(x0, y0, MathF.Max(0, x1 - x0), MathF.Max(0, y1 - y0));
    }
}

/// <summary>Per-corner radii of a rounded rectangle, in pixels.</summary>
public readonly record struct CornerRadii(float TopLeft, float TopRight, float BottomRight, float BottomLeft)
{
    /// <summary>Square corners.</summary>
    public static readonly CornerRadii Zero = default;

    /// <summary>The same radius on all four corners.</summary>
    public static CornerRadii All(float r) => new(r, r, r, r);

    /// <summary>True when every corner is square.</summary>
    public bool IsZero => TopLeft <= 0 && TopRight <= 0 && BottomRight <= 0 && BottomLeft <= 0;
}

/// <summary>A 2D transform: scale and rotate about an origin (absolute pixels), then translate.</summary>
/// <remarks>A point p maps to Origin + R(RotationRadians)·S(ScaleX, ScaleY)·(p − Origin) + (TranslateX, TranslateY).
/// Note that <c>default(Transform2D)</c> has zero scale; use <see cref="Identity"/>.</remarks>
public readonly record struct Transform2D(float ScaleX, float ScaleY, float TranslateX, float TranslateY,
                                          float RotationRadians, float OriginX, float OriginY)
{
    /// <summary>The transform that leaves every point in place.</summary>
    public static readonly Transform2D Identity = new(1, 1, 0, 0, 0, 0, 0);

    /// <summary>A uniform scale about an origin.</summary>
    public static Transform2D Scale(float scale, float originX, float originY) =>
        new(scale, scale, 0, 0, 0, originX, originY);

    /// <summary>True when the transform moves no point.</summary>
    public bool IsIdentity => ScaleX == 1 && ScaleY == 1 && TranslateX == 0 && TranslateY == 0 && RotationRadians == 0;

    /// <summary>Writes the affine matrix [a b; c d] and translation (tx, ty) so that p' = M·p + t.</summary>
    public void ToMatrix(out float a, out float b, out float c, out float d, out float tx, out float ty)
    {
        float cos = 1, sin = 0;
        if (RotationRadians != 0)
        {
            cos = MathF.Cos(RotationRadians);
            sin = MathF.Sin(RotationRadians);
        }
        a = cos * ScaleX; b = -sin * ScaleY;
        c = sin * ScaleX; d = cos * ScaleY;
        tx = OriginX + TranslateX - (a * OriginX + b * OriginY);
        ty = OriginY + TranslateY - (c * OriginX + d * OriginY);
    }

    /// <summary>Maps a point through the transform.</summary>
    public (float X, float Y) Apply(float x, float y)
    {
        ToMatrix(out float a, out float b, out float c, out float d, out float tx, out float ty);
        return (a * x + b * y + tx, c * x + d * y + ty);
    }
}
