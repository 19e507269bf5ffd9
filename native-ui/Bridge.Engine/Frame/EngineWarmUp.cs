using Bridge.Engine.Compose;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Reactive;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Frame;

/// <summary>Runs the engine's code paths once on a throwaway world, so that a host can compile them (JIT) and load the
/// default fonts on another core while its UI thread does something else, such as creating the GL context.</summary>
/// <remarks>Nothing of the throwaway world survives; only the text system given keeps the fonts it loaded. The caller
/// must not use that text system until <see cref="Run(TextSystem)"/> returns (it is single-threaded).
/// The page is shaped like a page of rails, and the keys played on it take the paths a page's first keys take: a key
/// handler, a focus move with its focus effect and the handlers' signal updates, a scroll into view on either axis, a
/// new scroll target while one is running, and the scroll and the effects running to their end. A path the warm-up leaves
/// out is compiled by the first key that takes it, on the UI thread, inside that key's latency.</remarks>
public static class EngineWarmUp
{
    /// <summary>The keys played, one frame each, after the page's first frame.</summary>
    private static readonly KeyName[] Keys = [KeyName.Right, KeyName.Right, KeyName.Right, KeyName.Down, KeyName.Down, KeyName.Left, KeyName.Up];

    /// <summary>Composes a small page of rails and plays a few keys on it with the null backend.</summary>
    public static void Run(TextSystem text) => Run(text, null);

    /// <summary>As <see cref="Run(TextSystem)"/>; <paramref name="afterFrame"/> sees the throwaway loop after every frame.</summary>
    internal static void Run(TextSystem text, Action<FrameLoop>? afterFrame)
    {
        ArgumentNullException.ThrowIfNull(text);
        var world = new UiWorld(text);
        using var backend = new NullRenderBackend(640, 360);
        var clock = new ManualClock();
        var loop = new FrameLoop(world, clock, backend, 640, 360);
        var tree = new Composer(world).Mount(Page, world.ScreenRoot);
        Frame(loop, clock, afterFrame);
        world.Focus(world.FindByTestId("tile-0-0"));
        Frame(loop, clock, afterFrame);
        foreach (var key in Keys)
        {
            loop.Input.Enqueue(key);
            // One frame a key, as a remote's repeat: each key retargets the scroll the last one started.
            Frame(loop, clock, afterFrame);
        }
        // The scrolls and focus effects run to their end (the longest is well under half a second).
        for (var i = 0; i < 30; i++)
        {
            Frame(loop, clock, afterFrame);
        }
        tree.Dispose();
        Frame(loop, clock, afterFrame);
    }

    private static void Frame(FrameLoop loop, ManualClock clock, Action<FrameLoop>? afterFrame)
    {
        clock.WaitForNextFrame();
        loop.RunFrame();
        afterFrame?.Invoke(loop);
    }

    private static Node Page() =>
        View(testId: "page", scroll: ScrollAxis.Vertical, onKey: _ => false,
             style: new() { FlexDirection = "column", Padding = 24, Height = "100%", Overflow = "hidden", BackgroundColor = "#0f1115" })
        [
            [Text("Warm-up", style: new() { Color = "#ffffff", FontSize = 32, FontWeight = "bold" }), .. Enumerable.Range(0, 3).Select(Rail)]
        ];

    private static Node Rail(int rail) =>
        View(testId: $"rail-{rail}", scroll: ScrollAxis.Horizontal, onKey: _ => false,
             style: new() { FlexDirection = "row", Gap = 16, Height = 160, MarginTop = 24, FlexShrink = 0, Overflow = "hidden" })
        [
            Enumerable.Range(0, 6).Select(i => Tile(rail, i)).ToArray()
        ];

    private static Node Tile(int rail, int i)
    {
        var focused = R.Signal(false);
        return View(testId: $"tile-{rail}-{i}", focusable: true, focusScale: 1.08f,
                    onFocus: () => focused.Value = true, onBlur: () => focused.Value = false,
                    style: new() { Width = 200, FlexShrink = 0, BorderRadius = 8, BorderWidth = 2, TransitionDuration = 64,
                                   BorderColor = Bind(() => focused.Value ? "#e50914" : "transparent"), BackgroundColor = "#1c2230" })
        [
            Text($"Title {i} — ÀÉÎ 0123456789", numberOfLines: 1,
                 style: new() { Color = Bind(() => focused.Value ? "#ffffff" : "#c0c8d0"), FontSize = 18, MarginTop = 8 }),
            Text("A line of body text that wraps onto a second line when it is long enough", numberOfLines: 2,
                 style: new() { Color = "#8090a0", FontSize = 14 })
        ];
    }
}
