using Bridge.Engine.Compose;
using Bridge.Engine.Focus;
using Bridge.Engine.Widgets;
using Bridge.Interaction.Focus;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Focus;

public sealed class EcsFocusGraphTests
{
    [Theory]
    [InlineData("row", "nowrap", ChildOrder.Horizontal)]
    [InlineData("row", "wrap", ChildOrder.None)]
    [InlineData("row-reverse", "nowrap", ChildOrder.None)]
    [InlineData("column", "nowrap", ChildOrder.Vertical)]
    [InlineData("column-reverse", "nowrap", ChildOrder.None)]
    public void Order_is_reported_for_a_single_unreversed_flex_line_only(string direction, string wrap, ChildOrder expected)
    {
        using var host = new TestHost(400, 400);
        host.Mount(() => Container(direction, wrap, tiles: 12));
        host.Frame();

        Assert.Equal(expected, Graph(host).Order(host.World.FindByTestId("rail").Index));
    }

    [Fact]
    public void Order_is_withdrawn_when_a_child_sticks_out_across_the_axis()
    {
        using var host = new TestHost(400, 400);
        var rail = Container("row", "nowrap", tiles: 12);
        rail.Add(View(style: new() { Width = 50, Height = 150, FlexShrink = 0 }));
        host.Mount(() => rail);
        host.Frame();

        Assert.Equal(ChildOrder.None, Graph(host).Order(host.World.FindByTestId("rail").Index));
    }

    [Theory]
    [InlineData(51, ChildOrder.Horizontal)]   // a pixel over, as a rounded-up text title can be
    [InlineData(60, ChildOrder.None)]
    public void Order_allows_a_pixel_of_rounding_but_not_a_descendant_sticking_out_of_its_tile(int innerHeight, ChildOrder expected)
    {
        using var host = new TestHost(400, 400);
        var rail = View(testId: "rail", scroll: ScrollAxis.Horizontal, style: new() { FlexDirection = "row", Width = 400, Height = 100 });
        for (var i = 0; i < 12; i++)
        {
            rail.Add(View(focusable: true, style: new() { Width = 50, Height = 50, FlexShrink = 0 })[
                View(style: new() { Height = innerHeight, FlexShrink = 0 })]);
        }
        host.Mount(() => rail);
        host.Frame();

        Assert.Equal(expected, Graph(host).Order(host.World.FindByTestId("rail").Index));
    }

    [Fact]
    public void Children_by_index_follow_the_hierarchy_and_the_order_waits_for_layout_after_an_insert()
    {
        using var host = new TestHost(400, 400);
        host.Mount(() => Container("row", "nowrap", tiles: 12));
        host.Frame();
        var world = host.World;
        var rail = world.FindByTestId("rail");
        var graph = Graph(host);
        Assert.Equal(world.FindByTestId("tile-7").Index, graph.Child(rail.Index, 7));
        Assert.Equal(-1, graph.Child(rail.Index, 12));

        var extra = world.CreateNode(Bridge.Schema.WidgetType.View);
        world.InsertChild(rail, extra, before: world.FindByTestId("tile-3"));

        Assert.Equal(ChildOrder.None, graph.Order(rail.Index));
        Assert.Equal(extra.Index, graph.Child(rail.Index, 3));
        Assert.Equal(world.FindByTestId("tile-7").Index, graph.Child(rail.Index, 8));
        host.Frame();
        Assert.Equal(ChildOrder.Horizontal, graph.Order(rail.Index));
    }

    private static EcsFocusGraph Graph(TestHost host) => new(host.World, Bridge.Engine.Ecs.Entity.Null);

    private static ElementNode Container(string direction, string wrap, int tiles)
    {
        var horizontal = direction.StartsWith("row", StringComparison.Ordinal);
        var rail = View(testId: "rail", scroll: horizontal ? ScrollAxis.Horizontal : ScrollAxis.Vertical,
                        style: new() { FlexDirection = direction, FlexWrap = wrap, Width = 400, Height = 100 });
        for (var i = 0; i < tiles; i++)
        {
            rail.Add(View(testId: $"tile-{i}", focusable: true, style: new() { Width = 50, Height = 50, FlexShrink = 0 }));
        }
        return rail;
    }
}
