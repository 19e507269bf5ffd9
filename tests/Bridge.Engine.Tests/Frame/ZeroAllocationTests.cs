using Bridge.Engine.Ecs;
using Bridge.Reactive;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Frame;

public sealed class ZeroAllocationTests
{
    [Fact]
    public void Steady_frame_moving_focus_and_updating_texts_in_a_500_entity_tree_allocates_nothing()
    {
        // A thread of its own: the reactive graph is per thread, and other tests leave theirs on xunit's threads.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                Run();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }

    private static void Run()
    {
        using var host = new TestHost();
        const int rails = 10, tilesPerRail = 16;   // 10 × (1 rail + 1 title + 16 × 3) + page + header + 2 counters ≈ 500 entities
        string[] labels = new string[8];
        for (int i = 0; i < labels.Length; i++) labels[i] = $"Score {i}";
        var score = R.Signal(labels[0]);
        var status = R.Signal(labels[1]);
        var tiles = new List<Entity>();
        int focusIndex = 0;
        void MoveFocus()
        {
            focusIndex = (focusIndex + 1) % tiles.Count;
            host.World.Focus(tiles[focusIndex]);
        }

        host.Mount(() =>
        {
            var page = View(testId: "home", style: new() { Padding = 48, BackgroundColor = "#101418" })[
                Text(score, testId: "score", style: new() { Color = "#ffffff", FontSize = 20 }),
                Text(status, testId: "status")];
            for (int r = 0; r < rails; r++)
            {
                var rail = View(testId: $"rail-{r}", scroll: Bridge.Engine.Widgets.ScrollAxis.Horizontal,
                                style: new() { FlexDirection = "row", Gap = 16 });
                page.Add(Text($"Rail {r}"));
                for (int t = 0; t < tilesPerRail; t++)
                {
                    rail.Add(View(testId: $"tile-{r}-{t}", focusable: true, onPress: MoveFocus,
                                  style: new() { Width = 120, Height = 68, BorderRadius = 8, BackgroundColor = "#202830" })[
                        Image($"img/{r}/{t}.png", style: new() { Width = 120, Height = 48 }),
                        Text($"Title {r}.{t}", style: new() { Color = "#ffffff", FontSize = 14 })]);
                }
                page.Add(rail);
            }
            return page;
        });
        for (int r = 0; r < rails; r++)
            for (int t = 0; t < tilesPerRail; t++) tiles.Add(host.World.FindByTestId($"tile-{r}-{t}"));
        host.World.Focus(tiles[0]);
        Assert.InRange(host.World.Ecs.Count, 500, 520);

        int step = 0;
        void SteadyFrame()
        {
            step++;
            score.Set(labels[step % labels.Length]);
            status.Set(labels[(step + 3) % labels.Length]);
            host.Loop.Input.Enqueue(KeyName.Select);
            host.Frame();
        }

        long MeasureFrames(int frames)
        {
            long start = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < frames; i++) SteadyFrame();
            return GC.GetAllocatedBytesForCurrentThread() - start;
        }

        // Warm-up: every label has been laid out, focus has visited every tile (so every rail has scrolled and remembers a
        // tile: their components exist), every array has grown to its steady size, the measuring code is jitted.
        MeasureFrames(tiles.Count + 3 * labels.Length);
        int focusedBefore = focusIndex;

        long allocated = MeasureFrames(32);

        Assert.Equal(0, allocated);
        Assert.NotEqual(focusedBefore, focusIndex);
        Assert.Equal(tiles[focusIndex], host.World.Focused);
        Assert.Equal(labels[step % labels.Length], host.World.Get<Bridge.Engine.Widgets.TextContent>(host.World.FindByTestId("score")).Text);
    }
}
