using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Interaction.Focus;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Systems;

public sealed class FocusPropsTests
{
    [Fact]
    public void A_boundary_keeps_focus_inside_its_group_in_the_directions_it_names()
    {
        using var host = Host(out _);
        host.Mount(() => View(style: new() { FlexDirection = "column" })[
            Row("a", new FocusOptions { Group = FocusGroupKind.Remember, Boundary = DirectionSet.Right | DirectionSet.Down }, 3),
            Row("b", default, 3)]);
        Press(host, KeyName.Right);
        Assert.Equal("a-0", FocusedId(host));
        Press(host, KeyName.Right, KeyName.Right, KeyName.Right, KeyName.Down);
        Assert.Equal("a-2", FocusedId(host));
    }

    [Fact]
    public void An_override_sends_a_direction_to_the_named_node_and_an_unknown_one_falls_back_to_geometry()
    {
        using var host = Host(out _);
        host.Mount(() => View(style: new() { FlexDirection = "column" })[
            View(style: new() { FlexDirection = "row" })[
                Tile("x-0", new FocusOptions { NextRight = "y-2", NextDown = "nowhere" }),
                Tile("x-1", default)],
            View(style: new() { FlexDirection = "row" })[Tile("y-0", default), Tile("y-1", default), Tile("y-2", default)]]);
        Press(host, KeyName.Right);
        Assert.Equal("x-0", FocusedId(host));
        Press(host, KeyName.Right);
        Assert.Equal("y-2", FocusedId(host));
        Press(host, KeyName.Up, KeyName.Left, KeyName.Left, KeyName.Down);
        Assert.Equal("y-0", FocusedId(host));
    }

    [Fact]
    public void Wrap_preferred_child_and_a_group_without_memory_come_from_props_sent_over_the_wire()
    {
        using var host = Host(out _);
        host.Mount(() => View(style: new() { FlexDirection = "column" })[Row("a", default, 4), Row("b", default, 4)]);
        var a = host.World.FindByTestId("a");
        var b = host.World.FindByTestId("b");
        // The same path a legacy page's UpdateProps takes.
        host.World.SetProp(a, PropKey.FocusWrap, PropValue.Of([PropValue.Of("left"), PropValue.Of("right")]));
        host.World.SetProp(b, PropKey.FocusPreferred, PropValue.Of("b-3"));
        host.World.SetProp(b, PropKey.FocusGroup, PropValue.Of("group"));

        Press(host, KeyName.Right, KeyName.Left);
        Assert.Equal("a-3", FocusedId(host));
        Press(host, KeyName.Down);
        Assert.Equal("b-3", FocusedId(host));
        Press(host, KeyName.Left, KeyName.Up, KeyName.Down);
        // Not remembering: re-entry goes by the preferred child again.
        Assert.Equal("b-3", FocusedId(host));

        host.World.UnsetProp(b, PropKey.FocusPreferred);
        host.World.UnsetProp(b, PropKey.FocusGroup);
        Assert.False(host.World.Ecs.Has<FocusOptions>(b));
    }

    [Fact]
    public void A_rail_remembers_a_tile_focused_from_outside_as_if_focus_had_moved_there()
    {
        using var host = Host(out _);
        var remember = new FocusOptions { Group = FocusGroupKind.Remember };
        host.Mount(() => View(style: new() { FlexDirection = "column" })[Row("a", remember, 4), Row("b", remember, 4)]);
        // What requestFocus and the router's focus restore do: no key, no spatial move.
        host.World.Focus(host.World.FindByTestId("a-3"));
        host.Frame();

        Press(host, KeyName.Down, KeyName.Left, KeyName.Up);

        Assert.Equal("a-3", FocusedId(host));
    }

    [Fact]
    public void Preferred_and_override_testIDs_resolve_inside_the_active_page_when_another_page_reuses_them()
    {
        using var host = Host(out var focus);
        Node Page() => View(style: new() { FlexDirection = "column", Width = 1280, Height = 300 })[
            View(testId: "a", style: new() { FlexDirection = "row", Height = 100, MarginBottom = 20 })[
                Tile("a-0", new FocusOptions { NextRight = "b-2" }), Tile("a-1", default)],
            Row("b", new FocusOptions { Group = FocusGroupKind.Group, Preferred = "b-3" }, 4)];
        var shown = host.Composer.Mount(Page, host.World.ScreenRoot).Roots[0];
        // A page below it on the stack, or a compare shadow, with the same testIDs, built after it.
        host.Composer.Mount(Page, host.World.ScreenRoot);
        focus.ActiveRoot = shown;
        host.World.Focus(FindIn(host, shown, "a-1"));
        host.Frame();

        Press(host, KeyName.Down);
        Assert.Equal(FindIn(host, shown, "b-3"), host.World.Focused);

        host.World.Focus(FindIn(host, shown, "a-0"));
        Press(host, KeyName.Right);
        Assert.Equal(FindIn(host, shown, "b-2"), host.World.Focused);
    }

    [Theory]
    [InlineData("sideways")]
    [InlineData("left upward")]
    [InlineData(3.0)]
    public void A_bad_direction_set_names_the_prop_and_the_forms_it_takes(object value)
    {
        using var host = Host(out _);
        host.Mount(() => View(testId: "v"));
        var e = Assert.Throws<ArgumentException>(() => host.World.SetProp(host.World.FindByTestId("v"), PropKey.FocusBoundary,
            value is string s ? PropValue.Of(s) : PropValue.Of((double)value)));
        Assert.Contains("focusBoundary", e.Message);
        Assert.Contains("\"all\"", e.Message);
    }

    [Fact]
    public void Direction_sets_parse_words_lists_and_all()
    {
        Assert.Equal(DirectionSet.Left | DirectionSet.Up,
            PropParser.Parse(PropKey.FocusBoundary, PropValue.Of("left  up")).Directions);
        Assert.Equal(DirectionSet.All, PropParser.Parse(PropKey.FocusWrap, PropValue.Of([PropValue.Of("all")])).Directions);
    }

    private static TestHost Host(out FocusSystem focus)
    {
        var host = new TestHost(1280, 720);
        focus = host.Loop.Focus;
        host.Frame();
        return host;
    }

    private static ElementNode Row(string id, FocusOptions options, int count) =>
        View(testId: id, focus: options, style: new() { FlexDirection = "row", Height = 100, MarginBottom = 20 })[
            Enumerable.Range(0, count).Select(i => (Node)Tile($"{id}-{i}", default)).ToArray()];

    private static ElementNode Tile(string id, FocusOptions options) =>
        View(testId: id, focusable: true, focus: options, style: new() { Width = 100, Height = 100, MarginRight = 10 });

    private static void Press(TestHost host, params KeyName[] keys)
    {
        foreach (var key in keys)
        {
            host.Loop.Input.Enqueue(key);
            host.Frame();
        }
    }

    private static Entity FindIn(TestHost host, Entity root, string testId) =>
        host.World.TryFindByTestIdWithin(testId, root, out var e) ? e : throw new KeyNotFoundException($"no '{testId}' under {root}");

    private static string? FocusedId(TestHost host) =>
        host.World.TryGet(host.World.Focused, out TestId id) ? id.Value : null;
}
