using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Reactive;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Compose;

public sealed class ReactivePropTests
{
    private static List<Entity> ChangedSince<T>(World w, uint tick) where T : struct
    {
        var list = new List<Entity>();
        foreach (var row in w.Changed<T>(tick)) list.Add(row.Entity);
        return list;
    }

    [Fact]
    public void Reactive_style_update_writes_only_the_component_it_feeds_without_rerunning_the_composable()
    {
        using var host = new TestHost();
        var focused = R.Signal(false);
        int composableRuns = 0;
        host.Mount(() =>
        {
            composableRuns++;
            return View(testId: "page")
            [
                View(testId: "tile", style: new() { Width = 100, Height = 50, BackgroundColor = Bind(() => focused.Value ? "#ffffff" : "#000000") }),
                Text("static", testId: "label")
            ];
        });
        host.Frame();
        var tile = host.World.FindByTestId("tile");
        var ecs = host.World.Ecs;
        int entities = ecs.Count;
        uint since = ecs.Tick;
        ecs.AdvanceTick();   // writes from here on are newer than "since"

        focused.Set(true);
        host.World.FlushEffects();

        Assert.Equal([tile], ChangedSince<Style>(ecs, since));
        Assert.Empty(ChangedSince<TextContent>(ecs, since));
        Assert.Empty(ChangedSince<LayoutBox>(ecs, since));
        Assert.Empty(ChangedSince<Hierarchy>(ecs, since));
        Assert.Equal(entities, ecs.Count);
        Assert.Equal(1, composableRuns);
        Assert.Equal(Rgba.White, host.World.Get<Style>(tile).BackgroundColor);
    }

    [Fact]
    public void Reactive_text_updates_the_text_and_remeasures()
    {
        using var host = new TestHost();
        var title = R.Signal("Hi");
        host.Mount(() => View(style: new() { AlignItems = "flex-start" }) [ Text(title, testId: "t") ]);
        host.Frame();
        var t = host.World.FindByTestId("t");
        float narrow = host.World.Get<LayoutBox>(t).W;

        title.Set("A much longer title");
        host.Frame();

        Assert.Equal("A much longer title", host.World.Get<TextContent>(t).Text);
        Assert.True(host.World.Get<LayoutBox>(t).W > narrow);
    }
}
