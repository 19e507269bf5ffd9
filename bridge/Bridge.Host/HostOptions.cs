using Bridge.Interaction.Animation;
using Bridge.Migration;

namespace Bridge.Host;

/// <summary>How a run is set up: viewport, frame pacing, render backend and where assets are.</summary>
/// <param name="Size">Viewport in pixels.</param>
/// <param name="Pace">"vsync" (60 Hz ticks, latency includes waiting for the tick) or "unpaced" (a frame as soon as there is work) or
/// "stepped" (a virtual 60 Hz clock: each frame advances time by one period once decodes and JS are idle, so runs repeat exactly).</param>
/// <param name="Backend">"gles" (OpenGL ES through EGL) or "null" (records the draw list; screenshots are blank).</param>
/// <param name="AssetsRoot">Folder that <c>asset://</c> image sources resolve under.</param>
public sealed record HostOptions(ScreenSize Size, string Pace, string Backend, string AssetsRoot)
{
    /// <summary>Longest an idle step waits for the app to settle before it gives up with a warning.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether the focus debug overlay is drawn from the first frame (focusable boxes, last navigation's candidates).</summary>
    public bool FocusDebug { get; init; }

    /// <summary>When set, frames are shown in a desktop window with this title, paced to the display, and its keyboard is the
    /// remote (arrows, Enter = select, Backspace or Escape = back); null runs headless.</summary>
    public string? Window { get; init; }

    /// <summary>Whether a frame redraws only where its draw commands changed (the GL backend keeps the last frame); false
    /// draws every frame whole (<c>--redraw full</c>, to compare).</summary>
    public bool DamageRedraw { get; init; } = true;

    /// <summary>The motion of a page change (none, fade, slide).</summary>
    public PageTransitionKind PageTransition { get; init; }

    /// <summary>How long a page transition takes, in milliseconds.</summary>
    public float PageTransitionMs { get; init; } = Interaction.Animation.PageTransition.DefaultDurationMs;

    /// <summary>Parses the <c>--page-transition</c> value: none, fade or slide.</summary>
    public static PageTransitionKind ParsePageTransition(string value) => value switch
    {
        "none" => PageTransitionKind.None,
        "fade" => PageTransitionKind.Fade,
        "slide" => PageTransitionKind.SlideLeft,
        _ => throw new ArgumentException($"--page-transition must be none, fade or slide, got '{value}'"),
    };

    /// <summary>Checks the values, naming the bad one.</summary>
    public HostOptions Validate()
    {
        if (Pace is not ("vsync" or "unpaced" or "stepped"))
        {
            throw new ArgumentException($"--pace must be vsync, unpaced or stepped, got '{Pace}'");
        }
        if (Backend is not ("gles" or "null"))
        {
            throw new ArgumentException($"--backend must be gles or null, got '{Backend}'");
        }
        if (Window is not null && (Backend != "gles" || Pace != "vsync"))
        {
            throw new ArgumentException($"a window needs --backend gles and --pace vsync, got --backend {Backend} --pace {Pace}");
        }
        if (!(PageTransitionMs >= 0) || float.IsInfinity(PageTransitionMs))
        {
            throw new ArgumentException($"the page transition must last a finite number of ms >= 0, got {PageTransitionMs}");
        }
        return this;
    }
}
