using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Reactive;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Compose;

public sealed class KeyedListTests
{
    private sealed record Item(int Id, string Title);

    private static List<string> ChildTestIds(TestHost host, Entity parent)
    {
        var ids = new List<string>();
        foreach (var c in host.World.Ecs.Children(parent)) ids.Add(host.World.Get<TestId>(c).Value);
        return ids;
    }

    [Fact]
    public void Reorder_moves_existing_entities_and_keeps_their_ids()
    {
        using var host = new TestHost();
        var items = R.Signal<IReadOnlyList<Item>>([new(1, "a"), new(2, "b"), new(3, "c")]);
        int renders = 0;
        host.Mount(() => View(testId: "rail")
        [
            Text("header", testId: "header"),
            For(items, i => i.Id, i =>
            {
                renders++;
                return View(testId: $"tile-{i.Id}") [ Text(i.Title) ];
            }),
            Text("footer", testId: "footer")
        ]);
        var rail = host.World.FindByTestId("rail");
        var before = new[] { 1, 2, 3 }.Select(i => host.World.FindByTestId($"tile-{i}")).ToArray();

        items.Set([new(3, "c"), new(1, "a"), new(2, "b")]);
        host.World.FlushEffects();

        Assert.Equal(["header", "tile-3", "tile-1", "tile-2", "footer"], ChildTestIds(host, rail));
        Assert.Equal(3, renders);
        for (int i = 0; i < 3; i++)
        {
            Assert.True(host.World.IsAlive(before[i]));
            Assert.Equal(before[i], host.World.FindByTestId($"tile-{i + 1}"));
        }
        var layoutChildren = host.World.Get<LayoutHandle>(rail).Node;
        Assert.Same(host.World.Get<LayoutHandle>(before[2]).Node, layoutChildren.GetChild(1));
    }

    [Fact]
    public void Removed_keys_are_disposed_with_their_effects_and_new_keys_render_in_place()
    {
        using var host = new TestHost();
        var items = R.Signal<IReadOnlyList<Item>>([new(1, "a"), new(2, "b"), new(3, "c")]);
        var tick = R.Signal(0);
        var effectRuns = new Dictionary<int, int>();
        host.Mount(() => View(testId: "rail")
        [
            For(items, i => i.Id, i => View(testId: $"tile-{i.Id}")
            [
                Text(() =>
                {
                    effectRuns[i.Id] = effectRuns.GetValueOrDefault(i.Id) + 1;
                    return $"{i.Title} {tick.Value}";
                })
            ])
        ]);
        var removed = host.World.FindByTestId("tile-2");
        var removedText = host.World.Ecs.FirstChild(removed);
        int entities = host.World.Ecs.Count;

        items.Set([new(1, "a"), new(4, "d"), new(3, "c")]);
        host.World.FlushEffects();

        Assert.False(host.World.IsAlive(removed));
        Assert.False(host.World.IsAlive(removedText));
        Assert.Equal(entities, host.World.Ecs.Count);
        Assert.Equal(["tile-1", "tile-4", "tile-3"], ChildTestIds(host, host.World.FindByTestId("rail")));

        tick.Set(1);
        host.World.FlushEffects();
        Assert.Equal(1, effectRuns[2]);   // the removed item's effect never runs again
        Assert.Equal(2, effectRuns[1]);
        Assert.Equal(2, effectRuns[4]);
    }

    [Fact]
    public void Duplicate_keys_are_rejected_with_the_key_and_indexes()
    {
        using var host = new TestHost();
        var ex = Assert.Throws<InvalidOperationException>(() => host.Mount(() =>
            View()[ For(() => new[] { new Item(7, "x"), new Item(7, "y") }, i => i.Id, i => Text(i.Title)) ]));
        Assert.Contains("duplicate key 7", ex.Message);
    }

    [Fact]
    public void Show_swaps_branches_only_when_the_condition_flips()
    {
        using var host = new TestHost();
        var open = R.Signal(false);
        int builds = 0;
        host.Mount(() => View(testId: "root")
        [
            Text("a", testId: "a"),
            Show(() => open.Value, () => { builds++; return Text("menu", testId: "menu"); }, () => Text("closed", testId: "closed")),
            Text("z", testId: "z")
        ]);
        Assert.Equal(["a", "closed", "z"], ChildTestIds(host, host.World.FindByTestId("root")));

        open.Set(true);
        host.World.FlushEffects();
        Assert.Equal(["a", "menu", "z"], ChildTestIds(host, host.World.FindByTestId("root")));
        Assert.False(host.World.TryFindByTestId("closed", out _));
        Assert.Equal(1, builds);
    }
}
