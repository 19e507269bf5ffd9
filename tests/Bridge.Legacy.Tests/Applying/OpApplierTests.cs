using Bridge.Bus.Ops;
using Bridge.Engine.Dump;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Legacy.Applying;
using Bridge.Schema;

namespace Bridge.Legacy.Tests.Applying;

/// <summary>Whole-or-nothing application of op batches to the UI world.</summary>
public sealed class OpApplierTests
{
    private readonly UiWorld _world = new(new TextSystem());
    private readonly OpApplier _applier;
    private readonly Entity _container;
    private uint _revision;

    public OpApplierTests()
    {
        _applier = new OpApplier(_world);
        _container = _world.CreateNode(WidgetType.View);
        _world.InsertChild(_world.ScreenRoot, _container);
        _applier.OpenRoot(1, _container);
        // A list View (10) with two Text children (11, 12) and an Image (13).
        var mount = Batch();
        mount.Create(10, WidgetType.View, [P(PropKey.TestId, "list"), P(PropKey.FlexDirection, "row")]);
        mount.Create(11, WidgetType.Text, [P(PropKey.TestId, "a")]).UpdateText(11, "A");
        mount.Create(12, WidgetType.Text, [P(PropKey.TestId, "b")]).UpdateText(12, "B");
        mount.Create(13, WidgetType.Image, [P(PropKey.Src, "x.png")]);
        mount.Insert(10, 11).Insert(10, 12).Insert(10, 13).Insert(0, 10).MountRoot(1, "test");
        Assert.Equal(ApplyStatus.Applied, _applier.Apply(mount).Status);
    }

    private static PropEntry P(PropKey key, string value) => new(key, PropValue.Of(value));

    private static PropEntry P(PropKey key, double value) => new(key, PropValue.Of(value));

    private OpBatch Batch() => new() { PageRoot = 1, Revision = ++_revision };

    private string Dump() => TreeDump.ToJson(_world, _container) + "|" + _world.Ecs.Count;

    private void AssertRejectedUnchanged(OpBatch batch, string reason)
    {
        var before = Dump();
        var result = _applier.Apply(batch);
        Assert.Equal(ApplyStatus.Rejected, result.Status);
        Assert.Contains(reason, result.Message);
        Assert.Equal(before, Dump());
    }

    [Fact]
    public void Valid_batch_builds_the_same_widgets_native_pages_use()
    {
        var list = _world.FindByTestId("list");
        Assert.Equal(_container, _world.Ecs.ParentOf(list));
        Assert.Equal(3, _world.Ecs.ChildCount(list));
        Assert.Equal("A", _world.Get<TextContent>(_world.FindByTestId("a")).Text);
        Assert.Equal(_applier.TryGetRoot(1, out var root) ? "test" : null, root.PageName);
        Assert.True(root.Mounted);
    }

    [Fact]
    public void Insert_of_an_attached_child_moves_it_without_recreating()
    {
        var b = _world.FindByTestId("b");

        var result = _applier.Apply(Batch().Insert(10, 12, 11));

        Assert.Equal(ApplyStatus.Applied, result.Status);
        Assert.Equal(b, _world.Ecs.FirstChild(_world.FindByTestId("list")));
    }

    [Fact]
    public void Insert_into_a_text_node_rejects_the_whole_batch() =>
        AssertRejectedUnchanged(Batch().UpdateText(11, "changed").Create(20, WidgetType.View).Insert(12, 20), "only Views have children");

    [Fact]
    public void Insert_creating_a_cycle_rejects_the_whole_batch() =>
        AssertRejectedUnchanged(Batch().Create(20, WidgetType.View).Insert(10, 20).Insert(20, 10), "cycle");

    [Fact]
    public void Unknown_node_id_rejects_the_whole_batch() =>
        AssertRejectedUnchanged(Batch().UpdateText(11, "changed").UpdateText(99, "x"), "node 99 does not exist");

    [Fact]
    public void Use_of_a_node_inside_a_deleted_subtree_rejects_the_whole_batch() =>
        AssertRejectedUnchanged(Batch().Delete(10).UpdateText(11, "after delete"), "node 11 does not exist");

    [Fact]
    public void Bad_style_value_rejects_the_whole_batch_naming_key_value_and_node() =>
        AssertRejectedUnchanged(Batch().UpdateProps(11, [P(PropKey.Color, "#ff0000")]).UpdateProps(10, [P(PropKey.Opacity, 3)]), "node 10: opacity");

    [Fact]
    public void Duplicate_create_rejects_the_whole_batch() =>
        AssertRejectedUnchanged(Batch().Create(11, WidgetType.View), "node 11 already exists");

    [Fact]
    public void Control_ops_of_the_runtime_batch_are_rejected_in_a_page_batch() =>
        AssertRejectedUnchanged(Batch().Navigate("home", null), "runtime batch");

    [Fact]
    public void Stale_revision_is_dropped_and_counted()
    {
        var before = Dump();
        var stale = new OpBatch { PageRoot = 1, Revision = _revision };
        stale.UpdateText(11, "stale");

        var result = _applier.Apply(stale);

        Assert.Equal(ApplyStatus.Stale, result.Status);
        Assert.Equal(before, Dump());
        Assert.True(_applier.TryGetRoot(1, out var root));
        Assert.Equal(1, root.StaleCount);
    }

    [Fact]
    public void A_rejected_batch_faults_its_root_and_later_batches_are_dropped()
    {
        _applier.Apply(Batch().UpdateText(99, "x"));

        var later = Batch().UpdateText(11, "later").Error("page said so", null);
        var result = _applier.Apply(later);

        Assert.Equal(ApplyStatus.Dropped, result.Status);
        Assert.Equal(new[] { "page said so" }, result.PageErrors);
        Assert.Equal("A", _world.Get<TextContent>(_world.FindByTestId("a")).Text);
    }

    [Fact]
    public void Delete_releases_the_ids_of_the_whole_subtree()
    {
        Assert.Equal(ApplyStatus.Applied, _applier.Apply(Batch().Delete(10)).Status);
        Assert.True(_applier.TryGetRoot(1, out var root));
        Assert.False(root.TryGetEntity(11, out _));

        Assert.Equal(ApplyStatus.Applied, _applier.Apply(Batch().Create(11, WidgetType.View).Insert(0, 11)).Status);
    }
}
