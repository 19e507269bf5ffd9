using Bridge.Engine.Dump;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Layout;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Widgets;

public sealed class UiWorldTests
{
    [Fact]
    public void Unset_restores_the_default_of_style_and_layout_keys()
    {
        using var host = new TestHost();
        var ui = host.World;
        var e = ui.CreateNode(WidgetType.View);
        ui.SetProp(e, PropKey.BackgroundColor, PropValue.Of("#ff0000"));
        ui.SetProp(e, PropKey.FlexDirection, PropValue.Of("row"));
        ui.SetProp(e, PropKey.Width, PropValue.Of(100));
        ui.SetProp(e, PropKey.Opacity, PropValue.Of(0.5));

        ui.UnsetProp(e, PropKey.BackgroundColor);
        ui.UnsetProp(e, PropKey.FlexDirection);
        ui.SetProp(e, PropKey.Width, PropValue.Null);
        ui.UnsetProp(e, PropKey.Opacity);

        Assert.Equal(Style.Default.BackgroundColor, ui.Get<Style>(e).BackgroundColor);
        Assert.Equal(1f, ui.Get<Style>(e).Opacity);
        var node = ui.Get<LayoutHandle>(e).Node;
        Assert.Equal(FlexDirection.Column, node.Style.FlexDirection);
        Assert.Equal(Length.Auto, node.Style.Width);
    }

    [Fact]
    public void Bad_prop_value_names_the_entity_key_and_value()
    {
        using var host = new TestHost();
        var e = host.World.CreateNode(WidgetType.View);
        var ex = Assert.Throws<ArgumentException>(() => host.World.SetProp(e, PropKey.Width, PropValue.Of("wide")));
        Assert.Contains(e.ToString(), ex.Message);
        Assert.Contains("width", ex.Message);
        Assert.Contains("wide", ex.Message);
    }

    [Fact]
    public void Text_and_image_nodes_reject_children()
    {
        using var host = new TestHost();
        var text = host.World.CreateNode(WidgetType.Text);
        var child = host.World.CreateNode(WidgetType.View);
        var ex = Assert.Throws<HierarchyException>(() => host.World.InsertChild(text, child));
        Assert.Contains("Text", ex.Message);
    }

    [Fact]
    public void TestId_lookup_follows_set_unset_and_destroy()
    {
        using var host = new TestHost();
        var ui = host.World;
        var e = ui.CreateNode(WidgetType.View);
        ui.InsertChild(ui.ScreenRoot, e);
        ui.SetProp(e, PropKey.TestId, PropValue.Of("home"));
        Assert.True(ui.TryFindByTestId("home", out var found));
        Assert.Equal(e, found);

        ui.SetProp(e, PropKey.TestId, PropValue.Of("other"));
        Assert.False(ui.TryFindByTestId("home", out _));
        ui.DestroySubtree(e);
        Assert.False(ui.TryFindByTestId("other", out _));
    }

    [Fact]
    public void TestId_lookup_within_a_page_finds_its_node_when_another_page_took_the_testID_later_or_dropped_it()
    {
        using var host = new TestHost();
        var ui = host.World;
        (Entity Page, Entity Tile) Page()
        {
            var page = ui.CreateNode(WidgetType.View);
            ui.InsertChild(ui.ScreenRoot, page);
            var row = ui.CreateNode(WidgetType.View);
            ui.InsertChild(page, row);
            ui.InsertChild(row, ui.CreateNode(WidgetType.View));
            var tile = ui.CreateNode(WidgetType.View);
            ui.InsertChild(row, tile);
            ui.SetProp(tile, PropKey.TestId, PropValue.Of("tile"));
            return (page, tile);
        }
        var (first, firstTile) = Page();
        var (second, secondTile) = Page();

        Assert.True(ui.TryFindByTestIdWithin("tile", first, out var found));
        Assert.Equal(firstTile, found);
        Assert.True(ui.TryFindByTestIdWithin("tile", second, out found));
        Assert.Equal(secondTile, found);
        ui.DestroySubtree(second);
        Assert.True(ui.TryFindByTestIdWithin("tile", first, out found));
        Assert.Equal(firstTile, found);
        Assert.False(ui.TryFindByTestIdWithin("nothing", first, out found));
        Assert.True(found.IsNull);
    }

    [Fact]
    public void Focus_calls_blur_then_focus_and_rejects_unfocusable_nodes()
    {
        using var host = new TestHost();
        var ui = host.World;
        var calls = new List<string>();
        var a = ui.CreateNode(WidgetType.View);
        var b = ui.CreateNode(WidgetType.View);
        var plain = ui.CreateNode(WidgetType.View);
        foreach (var (e, name) in new[] { (a, "a"), (b, "b") })
        {
            ui.ApplyProp(e, ParsedProp.OfBool(PropKey.Focusable, true));
            ui.ApplyProp(e, ParsedProp.OfHandler(PropKey.OnFocus, new Action(() => calls.Add(name + ".focus"))));
            ui.ApplyProp(e, ParsedProp.OfHandler(PropKey.OnBlur, new Action(() => calls.Add(name + ".blur"))));
        }
        ui.Focus(a);
        ui.Focus(b);
        Assert.Equal(["a.focus", "a.blur", "b.focus"], calls);
        Assert.Equal(b, ui.Focused);
        Assert.Throws<InvalidOperationException>(() => ui.Focus(plain));
    }

    [Fact]
    public void Node_made_by_ops_and_node_made_by_composable_are_the_same()
    {
        using var bus = new TestHost();
        var ui = bus.World;
        var tile = ui.CreateNode(WidgetType.View);
        ui.SetProp(tile, PropKey.TestId, PropValue.Of("tile-1"));
        ui.SetProp(tile, PropKey.Focusable, PropValue.Of(true));
        ui.SetProp(tile, PropKey.Width, PropValue.Of(240));
        ui.SetProp(tile, PropKey.Height, PropValue.Of(135));
        ui.SetProp(tile, PropKey.BorderRadius, PropValue.Of(8));
        ui.SetProp(tile, PropKey.BackgroundColor, PropValue.Of("#202830"));
        var label = ui.CreateNode(WidgetType.Text);
        ui.SetProp(label, PropKey.Color, PropValue.Of("#ffffff"));
        ui.SetProp(label, PropKey.FontSize, PropValue.Of(20));
        ui.SetText(label, "Title");
        ui.InsertChild(tile, label);
        ui.InsertChild(ui.ScreenRoot, tile);
        bus.Frame();

        using var native = new TestHost();
        native.Mount(() =>
            View(testId: "tile-1", focusable: true,
                 style: new() { Width = 240, Height = 135, BorderRadius = 8, BackgroundColor = "#202830" })
            [
                Text("Title", style: new() { Color = "#ffffff", FontSize = 20 })
            ]);
        native.Frame();

        Assert.Equal(TreeDump.ToJson(bus.World), TreeDump.ToJson(native.World));
        var nTile = native.World.FindByTestId("tile-1");
        Assert.Equal(ui.Get<Style>(tile).BackgroundColor, native.World.Get<Style>(nTile).BackgroundColor);
        Assert.Equal(ui.Get<Style>(tile).Radii, native.World.Get<Style>(nTile).Radii);
        Assert.True(native.World.Ecs.Has<Focusable>(nTile));
        Assert.Equal(bus.Backend.LastCommands.Length, native.Backend.LastCommands.Length);
        Assert.Equal(new Rgba(0x20, 0x28, 0x30, 255), bus.Backend.LastCommands[0].Color);
    }
}

public sealed class UiWorldLifecycleTests
{
    [Fact]
    public void Destroying_the_focused_node_clears_focus()
    {
        using var host = new TestHost();
        var ui = host.World;
        var e = ui.CreateNode(WidgetType.View);
        ui.InsertChild(ui.ScreenRoot, e);
        ui.SetProp(e, PropKey.Focusable, PropValue.Of(true));
        ui.Focus(e);
        ui.DestroySubtree(e);
        Assert.True(ui.Focused.IsNull);
        Assert.Throws<EntityNotAliveException>(() => ui.SetText(e, "x"));
    }

    [Fact]
    public void Scroll_offset_shifts_the_absolute_boxes_of_the_content()
    {
        using var host = new TestHost();
        host.Mount(() => View(testId: "rail", scroll: ScrollAxis.Horizontal, style: new() { FlexDirection = "row" })[
            View(testId: "a", style: new() { Width = 100, Height = 10 }),
            View(testId: "b", style: new() { Width = 100, Height = 10 })]);
        host.Frame();
        var rail = host.World.FindByTestId("rail");
        host.World.Ecs.GetMut<ScrollContainer>(rail).OffsetX = 60;
        host.Frame();
        var b = host.World.Get<LayoutBox>(host.World.FindByTestId("b"));
        Assert.Equal(100, b.X);
        Assert.Equal(40, b.AbsoluteX);
    }

    [Fact]
    public void Moving_a_child_within_its_parent_keeps_layout_order_in_step()
    {
        using var host = new TestHost();
        var ui = host.World;
        var p = ui.CreateNode(WidgetType.View);
        ui.InsertChild(ui.ScreenRoot, p);
        var kids = new Entity[4];
        for (int i = 0; i < kids.Length; i++)
        {
            kids[i] = ui.CreateNode(WidgetType.View);
            ui.SetProp(kids[i], PropKey.Height, PropValue.Of(10 + i));
            ui.InsertChild(p, kids[i]);
        }
        ui.InsertChild(p, kids[3], before: kids[0]);
        ui.InsertChild(p, kids[1]);
        host.Frame();
        float y = 0;
        foreach (var k in new[] { kids[3], kids[0], kids[2], kids[1] })
        {
            Assert.Equal(y, ui.Get<LayoutBox>(k).Y);
            y += ui.Get<LayoutBox>(k).H;
        }
    }
}
