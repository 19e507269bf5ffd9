using Bridge.Engine.Frame;
using Bridge.Graphics;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Frame;

public sealed class EngineWarmUpTests
{
    [Fact]
    public async Task Warm_up_runs_the_engine_on_another_thread_while_a_host_runs_its_own_frames()
    {
        using var host = new TestHost(400, 200);
        host.Mount(() => View(testId: "tile", focusable: true, focusScale: 1.1f, style: new() { Width = 100, Height = 100 })[
            Text("hello", style: new() { FontSize = 18 })]);

        var warming = Task.Run(() => EngineWarmUp.Run(new TextSystem()));
        for (var i = 0; i < 20; i++)
        {
            host.Loop.Input.Enqueue(KeyName.Right);
            host.Frame();
        }
        await warming;

        // The host's world is untouched by the other thread's throwaway one.
        Assert.Equal(3, host.World.Ecs.Count);
        Assert.Equal("tile", host.World.TryGet(host.World.FindByTestId("tile"), out Bridge.Engine.Widgets.TestId id) ? id.Value : null);
    }

    [Fact]
    public void Warm_up_takes_the_paths_of_a_pages_first_keys_and_lets_them_end()
    {
        var focused = new List<string>();
        var (scrolledX, scrolledY, scrolling, animating, ringLit) = (false, false, false, false, false);
        var (idleAtEnd, entitiesAtEnd) = (false, -1);
        EngineWarmUp.Run(new TextSystem(), loop =>
        {
            var world = loop.World;
            var ecs = world.Ecs;
            if (world.Focused is { IsNull: false } f && world.TryGet(f, out Bridge.Engine.Widgets.TestId id)
                && (focused.Count == 0 || focused[^1] != id.Value))
            {
                focused.Add(id.Value);
                ringLit |= ecs.Get<Bridge.Engine.Widgets.Style>(f).BorderColor != Rgba.Transparent;
            }
            if (world.TryFindByTestId("rail-0", out var rail))
            {
                scrolledX |= ecs.Get<Bridge.Engine.Widgets.ScrollContainer>(rail).OffsetX > 0;
                scrolledY |= ecs.Get<Bridge.Engine.Widgets.ScrollContainer>(world.FindByTestId("page")).OffsetY > 0;
            }
            scrolling |= loop.Scroll.IsScrolling;
            animating |= loop.Animation.IsAnimating;
            idleAtEnd = !loop.HasPendingWork;
            entitiesAtEnd = ecs.Count;
        });

        // Focus went along a rail and down to the others, with the handlers' signal updates restyling the tile.
        Assert.Equal(["tile-0-0", "tile-0-1", "tile-0-2", "tile-0-3"], focused.Take(4));
        Assert.StartsWith("tile-1-", focused[4]);
        Assert.StartsWith("tile-2-", focused[5]);
        Assert.True(ringLit, "a focused tile's ring follows its signal");
        // Both scroll axes moved, animated, and the focus effect ran.
        Assert.True(scrolledX && scrolledY && scrolling && animating, $"x {scrolledX}, y {scrolledY}, scrolling {scrolling}, animating {animating}");
        // Everything ran to its end; the page is gone.
        Assert.True(idleAtEnd);
        Assert.Equal(1, entitiesAtEnd);
    }
}
