namespace Bridge.Interaction.Animation;

/// <summary>The preset motions for switching pages.</summary>
public enum PageTransitionKind : byte
{
    /// <summary>The new page replaces the old one at once.</summary>
    None = 0,
    /// <summary>The old page fades out while the new one fades in.</summary>
    Fade = 1,
    /// <summary>The new page comes in from the right, pushing the old one left (going forward).</summary>
    SlideLeft = 2,
    /// <summary>The new page comes in from the left, pushing the old one right (going back).</summary>
    SlideRight = 3,
}

/// <summary>What to draw at one instant of a page transition: opacity and x offset of the outgoing and incoming pages.</summary>
/// <param name="OutgoingOpacity">Opacity of the page being left.</param>
/// <param name="OutgoingX">Horizontal offset in pixels of the page being left.</param>
/// <param name="IncomingOpacity">Opacity of the page arriving.</param>
/// <param name="IncomingX">Horizontal offset in pixels of the page arriving.</param>
/// <param name="Finished">True when the outgoing page can be unmounted.</param>
public readonly record struct PageTransitionFrame(float OutgoingOpacity, float OutgoingX, float IncomingOpacity, float IncomingX, bool Finished);

/// <summary>A page transition started at a time: a preset, a duration, an easing and the page width.</summary>
/// <param name="Kind">The preset motion.</param>
/// <param name="StartMs">When it started.</param>
/// <param name="DurationMs">How long it lasts.</param>
/// <param name="Width">The page width in pixels (distance of a slide).</param>
/// <param name="Easing">The timing function.</param>
public readonly record struct PageTransition(PageTransitionKind Kind, double StartMs, float DurationMs, float Width, Easing Easing)
{
    /// <summary>The default duration of a page transition.</summary>
    public const float DefaultDurationMs = 250f;

    /// <summary>The frame at a time.</summary>
    public PageTransitionFrame At(double nowMs)
    {
        var finished = Kind == PageTransitionKind.None || DurationMs <= 0 || nowMs >= StartMs + DurationMs;
        var p = finished ? 1f : Easing.Evaluate(nowMs <= StartMs ? 0 : (float)((nowMs - StartMs) / DurationMs));
        return Kind switch
        {
            PageTransitionKind.Fade => new PageTransitionFrame(1 - p, 0, p, 0, finished),
            PageTransitionKind.SlideLeft => new PageTransitionFrame(1, -Width * p, 1, Width * (1 - p), finished),
            PageTransitionKind.SlideRight => new PageTransitionFrame(1, Width * p, 1, -Width * (1 - p), finished),
            _ => new PageTransitionFrame(0, 0, 1, 0, finished),
        };
    }
}
