using Bridge.Bus.Codec;
using Bridge.Bus.Ops;
using Bridge.Engine.Dump;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Legacy.Applying;
using Bridge.Legacy.Channels;
using Bridge.Schema;

namespace Bridge.Legacy.Tests.Applying;

/// <summary>Values a careless or hostile page sends: a batch that validates always commits and draws; one that does not
/// validate changes nothing.</summary>
public sealed class HostileValueTests : IDisposable
{
    private readonly string _assets = Directory.CreateTempSubdirectory("bridge-hostile-").FullName;
    private readonly ResourceSystem _resources;
    private readonly UiWorld _world;
    private readonly NullRenderBackend _backend = new(1280, 720);
    private readonly FrameLoop _loop;
    private readonly OpApplier _applier;
    private readonly Entity _container;
    private uint _revision;

    public HostileValueTests()
    {
        _resources = new ResourceSystem(_assets);
        _world = new UiWorld(new TextSystem(), _resources);
        _loop = new FrameLoop(_world, new ManualClock(), _backend, 1280, 720);
        _applier = new OpApplier(_world);
        _container = _world.CreateNode(WidgetType.View);
        _world.InsertChild(_world.ScreenRoot, _container);
        _applier.OpenRoot(1, _container);
        // A View (10) holding a Text (11) and an Image (12).
        var mount = Batch();
        mount.Create(10, WidgetType.View, [P(PropKey.TestId, "box"), P(PropKey.Padding, 8)]);
        mount.Create(11, WidgetType.Text, [P(PropKey.FontSize, 20)]).UpdateText(11, "Title");
        mount.Create(12, WidgetType.Image, [P(PropKey.Src, "poster.png"), P(PropKey.Width, 40), P(PropKey.Height, 60)]);
        mount.Insert(10, 11).Insert(10, 12).Insert(0, 10).MountRoot(1, "hostile");
        Assert.Equal(ApplyStatus.Applied, _applier.Apply(mount).Status);
        _loop.RunFrame();
    }

    public void Dispose()
    {
        _resources.Dispose();
        _backend.Dispose();
        Directory.Delete(_assets, recursive: true);
    }

    private static PropEntry P(PropKey key, string value) => new(key, PropValue.Of(value));

    private static PropEntry P(PropKey key, double value) => new(key, PropValue.Of(value));

    private OpBatch Batch() => new() { PageRoot = 1, Revision = ++_revision };

    private string Dump() => TreeDump.ToJson(_world, _container) + "|" + _world.Ecs.Count;

    public static TheoryData<PropKey, uint, double> OutOfFloatRange => new()
    {
        { PropKey.TransitionDuration, 10, 1e39 },
        { PropKey.FocusScale, 10, 1e39 },
        { PropKey.FontSize, 11, 1e39 },
        { PropKey.LineHeight, 11, 1e39 },
        { PropKey.Padding, 10, -5 },
        { PropKey.PaddingTop, 10, -1e6 },
        { PropKey.Height, 12, -60 },
    };

    [Theory]
    [MemberData(nameof(OutOfFloatRange))]
    public void A_value_the_engine_cannot_store_rejects_the_batch_and_the_next_frame_runs(PropKey key, uint node, double value)
    {
        var before = Dump();
        var batch = Batch().UpdateText(11, "changed first");
        batch.UpdateProps(10, [P(PropKey.TransitionDuration, 200), P(PropKey.Opacity, 0.5)]);
        batch.UpdateProps(node, [new PropEntry(key, PropValue.Of(value))]);

        var result = _applier.Apply(batch);

        Assert.Equal(ApplyStatus.Rejected, result.Status);
        Assert.Contains($"node {node}: {PropCatalog.Get(key).JsName}", result.Message);
        Assert.Equal(before, Dump());
        _loop.RunFrame();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a\0b.png")]
    public void An_src_that_names_no_file_is_rejected_before_anything_is_applied(string src)
    {
        var before = Dump();
        var batch = Batch();
        for (uint id = 100; id < 160; id++)
        {
            batch.Create(id, WidgetType.Text).Insert(10, id);
        }
        batch.UpdateProps(12, [P(PropKey.Src, src)]);

        var result = _applier.Apply(batch);

        Assert.Equal(ApplyStatus.Rejected, result.Status);
        Assert.Contains("node 12: src", result.Message);
        Assert.Equal(before, Dump());
        Assert.Equal(0, _applier.CommitFailures);
    }

    [Fact]
    public void Unsetting_src_on_a_node_that_is_not_an_image_commits()
    {
        var result = _applier.Apply(Batch().UpdateText(11, "still a title").UpdateProps(11, [new PropEntry(PropKey.Src, PropValue.Null)]));

        Assert.Equal(ApplyStatus.Applied, result.Status);
        Assert.Equal(0, _applier.CommitFailures);
        Assert.Equal("still a title", _world.Get<TextContent>(_world.Ecs.FirstChild(_world.FindByTestId("box"))).Text);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_rejected()
    {
        var result = _applier.Apply(Batch().UpdateText(11, new string('x', SchemaInfo.MaxTextLength + 1)));

        Assert.Equal(ApplyStatus.Rejected, result.Status);
        Assert.Contains("over the limit", result.Message);
    }

    [Fact]
    public void A_bad_second_batch_of_a_frame_is_rejected_where_batches_are_applied_and_the_first_is_not_half_applied()
    {
        var queue = new OpBatchQueue();
        var rejected = new List<Bridge.Bus.Events.EventBatch>();
        var pump = new LegacyBatchPump(queue, e => rejected.Add(Bridge.Bus.Codec.EventBatchCodec.Decode(EventBatchCodec.Encode(e))), _applier);
        var good = OpBatchCodec.Encode(Batch().UpdateText(11, "first"));
        var bad = OpBatchCodec.Encode(Batch().UpdateText(11, "second"));
        queue.Enqueue(1, _revision - 1, good);
        queue.Enqueue(1, _revision, bad[..^4]);
        var before = Dump();
        var results = new List<ApplyResult>();

        pump.ApplyFrame((_, r) => results.Add(r));

        Assert.Equal(ApplyStatus.Rejected, Assert.Single(results).Status);
        Assert.Contains("batch 2 of 2", results[0].Message);
        Assert.Equal(before, Dump());
        Assert.Equal(1, pump.Rejected);
        Assert.Equal(Bridge.Schema.EventCode.BatchRejected, Assert.Single(Assert.Single(rejected).Events.ToArray()).Code);
        _loop.RunFrame();
    }
}
