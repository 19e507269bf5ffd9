using System.Diagnostics;
using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Rail.Bench;

/// <summary>A 1280x720 page of three horizontal scroll rails of tiles, run by the engine's frame loop on the null backend.</summary>
/// <remarks>Tiles are like the demo's: a focusable 200x120 view holding a coloured box and a one-line title, scaling to
/// 1.08 on focus through the engine's focus effect.</remarks>
internal sealed class RailPage
{
    public const int Rails = 3, TileW = 200, TileH = 120, Gap = 16, Width = 1280, Height = 720;

    /// <summary>Keys go this many times right, then as many times left, so focus stays inside a 20-tile rail.</summary>
    public const int Sweep = 14;

    private readonly BenchClock _clock = new();
    private readonly FrameLoop _loop;
    private readonly ScrollIntoViewSystem _scroll;
    private int _step;

    public RailPage(int tiles)
    {
        Tiles = tiles;
        World = new UiWorld(new TextSystem());
        _loop = new FrameLoop(World, _clock, new NullRenderBackend(Width, Height), Width, Height);
        _scroll = _loop.Scroll;
        new Composer(World).Mount(Page, World.ScreenRoot);
        _loop.RunUntilIdle();
        // The middle rail, a few tiles in (the middle of a long rail), so that both sizes sweep the same way.
        var start = tiles <= 2 * Sweep ? 2 : tiles / 2;
        World.Focus(World.FindByTestId($"tile-1-{start}"));
        Settle();
    }

    public UiWorld World { get; }

    public int Tiles { get; }

    /// <summary>The draw commands of the last frame.</summary>
    public int DrawCommands => _loop.DrawList.Count;

    /// <summary>Time per stage of the frames run since the last <see cref="ResetStages"/>, in clock ticks.</summary>
    public long[] StageTicks { get; } = new long[StageTimes.StageCount];

    /// <summary>Frames counted in <see cref="StageTicks"/>.</summary>
    public long StageFrames { get; private set; }

    /// <summary>One frame with a right or left key press; the focus moves and the rail scrolls towards it.</summary>
    public void KeyFrame()
    {
        var before = World.Focused;
        _loop.Input.Enqueue((_step++ / Sweep) % 2 == 0 ? KeyName.Right : KeyName.Left);
        Frame();
        if (World.Focused == before)
        {
            throw new InvalidOperationException($"key {_step} did not move focus from {before} ({Tiles} tiles)");
        }
    }

    /// <summary>One spatial navigation of the engine's focus system, right or left, outside a frame: the search through
    /// the rail (O(log n) over an ordered rail), the focus move and the group memory.</summary>
    public void Navigate()
    {
        var before = World.Focused;
        _loop.Focus.Navigate(new KeyEvent(_step, (_step++ / Sweep) % 2 == 0 ? KeyName.Right : KeyName.Left, 0));
        if (World.Focused == before)
        {
            throw new InvalidOperationException($"navigation {_step} did not move focus from {before} ({Tiles} tiles)");
        }
    }

    /// <summary>One frame with nothing to do but lay out and draw.</summary>
    public void Frame()
    {
        _clock.WaitForNextFrame();
        _loop.RunFrame();
        ref readonly var record = ref _loop.Stats.Last;
        for (var s = 0; s < StageTicks.Length; s++)
        {
            StageTicks[s] += record.Stages[s];
        }
        StageFrames++;
    }

    /// <summary>Runs frames until the scroll animation ends.</summary>
    public void Settle() => _loop.RunUntilIdle();

    public void ResetStages()
    {
        Array.Clear(StageTicks);
        StageFrames = 0;
    }

    private Node Page()
    {
        var page = View(style: new() { Padding = 48, BackgroundColor = "#101418" });
        for (var r = 0; r < Rails; r++)
        {
            page.Add(Text($"Rail {r}", style: new() { Color = "#ffffff", FontSize = 24, Height = 32 }));
            var rail = View(testId: $"rail-{r}", scroll: ScrollAxis.Horizontal,
                            style: new() { FlexDirection = "row", Gap = Gap, Height = TileH, Overflow = "hidden", MarginBottom = 24 });
            for (var t = 0; t < Tiles; t++)
            {
                rail.Add(View(testId: $"tile-{r}-{t}", focusable: true, focusScale: 1.08f,
                              style: new() { Width = TileW, Height = TileH, FlexShrink = 0 })[
                    View(style: new() { Height = 86, BorderRadius = 8, BackgroundColor = "#202830" }),
                    Text($"Title {r}.{t}", numberOfLines: 1, style: new() { Color = "#c0c8d0", FontSize = 18, MarginTop = 8, Height = 26 })]);
            }
            page.Add(rail);
        }
        return page;
    }

    /// <summary>Real time plus one 60 Hz period per frame: animations advance as at 60 Hz, stage times are real.</summary>
    private sealed class BenchClock : IFrameClock
    {
        private static readonly long Period = Stopwatch.Frequency / 60;
        private long _skipped;

        public long Now => Stopwatch.GetTimestamp() + _skipped;

        public long Frequency => Stopwatch.Frequency;

        public string Mode => "manual";

        public void WaitForNextFrame() => _skipped += Period;
    }
}
