using Bridge.Engine.Compose;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Frame;

/// <summary>Runs the engine's code paths once on a throwaway world, so that a host can compile them (JIT) and load the
/// default fonts on another core while its UI thread does something else, such as creating the GL context.</summary>
/// <remarks>Nothing of the throwaway world survives; only the text system given keeps the fonts it loaded. The caller
/// must not use that text system until <see cref="Run"/> returns (it is single-threaded).</remarks>
public static class EngineWarmUp
{
    /// <summary>Composes a small page of tiles and runs a few frames on it with the null backend.</summary>
    public static void Run(TextSystem text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var world = new UiWorld(text);
        using var backend = new NullRenderBackend(640, 360);
        var loop = new FrameLoop(world, new ManualClock(), backend, 640, 360);
        var tree = new Composer(world).Mount(Page, world.ScreenRoot);
        loop.RunFrame();
        loop.Input.Enqueue(KeyName.Right);
        loop.RunFrame();
        loop.Input.Enqueue(KeyName.Right);
        loop.RunFrame();
        tree.Dispose();
        loop.RunFrame();
    }

    private static Node Page() =>
        View(style: new() { FlexDirection = "column", Padding = 24, BackgroundColor = "#0f1115" })
        [
            Text("Warm-up", style: new() { Color = "#ffffff", FontSize = 32, FontWeight = "bold" }),
            View(scroll: ScrollAxis.Horizontal, style: new() { FlexDirection = "row", Gap = 16, Height = 160, Overflow = "hidden" })
            [
                Enumerable.Range(0, 6).Select(i => (Node)View(focusable: true, focusScale: 1.08f,
                    style: new() { Width = 200, FlexShrink = 0, BorderRadius = 8, BorderWidth = 2, BorderColor = "transparent",
                                   BackgroundColor = "#1c2230", TransitionDuration = 64 })
                [
                    Text($"Title {i} — ÀÉÎ 0123456789", numberOfLines: 1, style: new() { Color = "#c0c8d0", FontSize = 18, MarginTop = 8 }),
                    Text("A line of body text that wraps onto a second line when it is long enough", numberOfLines: 2,
                         style: new() { Color = "#8090a0", FontSize = 14 })
                ]).ToArray()
            ]
        ];
}
