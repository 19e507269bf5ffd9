using Bridge.Engine.Compose;
using Bridge.Engine.Widgets;
using Bridge.Reactive;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Compose;

public sealed class ErrorBoundaryTests
{
    private static Node Broken() => throw new InvalidOperationException("rail data missing");

    [Fact]
    public void Child_that_throws_while_building_shows_the_fallback()
    {
        using var host = new TestHost();
        var contained = new List<Exception>();
        host.Composer.ErrorContained += contained.Add;
        host.Mount(() => View(testId: "page")
        [
            Text("before", testId: "before"),
            ErrorBoundary(() => View(testId: "partial") [ Text("ok"), Broken() ], ex => Text("failed: " + ex.Message, testId: "fallback")),
            Text("after", testId: "after")
        ]);

        Assert.False(host.World.TryFindByTestId("partial", out _));
        var fallback = host.World.FindByTestId("fallback");
        Assert.Equal("failed: rail data missing", host.World.Get<TextContent>(fallback).Text);
        var page = host.World.FindByTestId("page");
        Assert.Equal([host.World.FindByTestId("before"), fallback, host.World.FindByTestId("after")], host.World.Ecs.Children(page).ToList());
        Assert.Single(contained);
    }

    [Fact]
    public void Bad_prop_while_mounting_destroys_the_partial_subtree_and_shows_the_fallback()
    {
        using var host = new TestHost();
        int before = host.World.Ecs.Count;
        host.Mount(() => ErrorBoundary(
            () => View(testId: "partial") [ Text("ok", testId: "ok"), View(style: new() { Width = "wide" }) ],
            ex => Text(ex.Message, testId: "fallback")));

        Assert.False(host.World.TryFindByTestId("partial", out _));
        Assert.False(host.World.TryFindByTestId("ok", out _));
        Assert.Contains("width", host.World.Get<TextContent>(host.World.FindByTestId("fallback")).Text);
        Assert.Equal(before + 1, host.World.Ecs.Count);
    }

    [Fact]
    public void Effect_that_throws_later_swaps_in_the_fallback_and_disposes_the_child()
    {
        using var host = new TestHost();
        var count = R.Signal(1);
        int childEffectRuns = 0;
        host.Mount(() => View(testId: "page")
        [
            ErrorBoundary(
                () => View(testId: "child")
                [
                    Text(() =>
                    {
                        childEffectRuns++;
                        return count.Value < 3 ? $"count {count.Value}" : throw new InvalidOperationException("too many");
                    })
                ],
                ex => Text(ex.Message, testId: "fallback"))
        ]);
        var child = host.World.FindByTestId("child");

        count.Set(3);
        host.Frame();

        Assert.False(host.World.IsAlive(child));
        Assert.Equal("too many", host.World.Get<TextContent>(host.World.FindByTestId("fallback")).Text);
        int runs = childEffectRuns;
        count.Set(4);
        host.Frame();
        Assert.Equal(runs, childEffectRuns);
    }

    [Fact]
    public void Error_without_a_boundary_propagates_from_mount_and_leaves_nothing_behind()
    {
        using var host = new TestHost();
        int before = host.World.Ecs.Count;
        Assert.Throws<InvalidOperationException>(() => host.Mount(() => View()[ Text("x"), Broken() ]));
        Assert.Equal(before, host.World.Ecs.Count);
    }
}

internal static class ChildEnumeratorExtensions
{
    public static List<Bridge.Engine.Ecs.Entity> ToList(this Bridge.Engine.Ecs.ChildEnumerator e)
    {
        var list = new List<Bridge.Engine.Ecs.Entity>();
        foreach (var c in e) list.Add(c);
        return list;
    }
}
