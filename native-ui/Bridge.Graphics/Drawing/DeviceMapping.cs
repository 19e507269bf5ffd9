namespace Bridge.Graphics;

/// <summary>The uniform scale and offset that map design units (what the layout works in) to device pixels.</summary>
/// <remarks>One scale for both axes, so a design drawn at another aspect ratio is centred with bars, never stretched.</remarks>
public readonly record struct DeviceMapping(float Scale, float OffsetX, float OffsetY)
{
    /// <summary>Design units are device pixels.</summary>
    public static readonly DeviceMapping Identity = new(1, 0, 0);

    /// <summary>True when design units are device pixels.</summary>
    public bool IsIdentity => Scale == 1 && OffsetX == 0 && OffsetY == 0;

    /// <summary>The mapping that fits a design of <paramref name="designWidth"/>×<paramref name="designHeight"/> into a
    /// device frame as large as it can with one scale, centred.</summary>
    public static DeviceMapping Fit(int designWidth, int designHeight, int deviceWidth, int deviceHeight)
    {
        if (designWidth <= 0 || designHeight <= 0 || deviceWidth <= 0 || deviceHeight <= 0)
            throw new ArgumentOutOfRangeException(nameof(designWidth),
                $"design {designWidth}x{designHeight} and device {deviceWidth}x{deviceHeight} must be positive sizes");
        float scale = MathF.Min((float)deviceWidth / designWidth, (float)deviceHeight / designHeight);
        // Whole-pixel offsets keep the snapped glyph pens and scissors on the device grid.
        return new DeviceMapping(scale, MathF.Floor((deviceWidth - designWidth * scale) / 2),
                                 MathF.Floor((deviceHeight - designHeight * scale) / 2));
    }

    /// <summary>Maps a rectangle in design units to device pixels.</summary>
    public RectF Map(in RectF r) => new(r.X * Scale + OffsetX, r.Y * Scale + OffsetY, r.W * Scale, r.H * Scale);

    /// <summary>Maps corner radii in design units to device pixels.</summary>
    public CornerRadii Map(in CornerRadii r) =>
        new(r.TopLeft * Scale, r.TopRight * Scale, r.BottomRight * Scale, r.BottomLeft * Scale);

    /// <summary>Maps a transform about a design-unit origin to the same motion in device pixels.</summary>
    public Transform2D Map(in Transform2D t) => t.IsIdentity
        ? t
        : new Transform2D(t.ScaleX, t.ScaleY, t.TranslateX * Scale, t.TranslateY * Scale, t.RotationRadians,
                          t.OriginX * Scale + OffsetX, t.OriginY * Scale + OffsetY);
}
