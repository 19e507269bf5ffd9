using Bridge.Bus.Events;
using Bridge.Engine.Dump;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Legacy.Applying;
using Bridge.Legacy.Hosting;
using Bridge.Legacy.Tests.Support;
using Bridge.Schema;

namespace Bridge.Legacy.Tests.Applying;

/// <summary>React pages in both engines, applied into the UI world through the bus.</summary>
public sealed class LegacyWorldTests : IClassFixture<EngineFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);
    private static uint s_nextRoot = 10_000;
    private readonly EngineFixture _fixture;

    public LegacyWorldTests(EngineFixture fixture) => _fixture = fixture;

    private sealed class Host
    {
        public required ILegacyEngine Engine { get; init; }
        public required UiWorld World { get; init; }
        public required OpApplier Applier { get; init; }
        public required LegacyBatchPump Pump { get; init; }
        public required Entity Container { get; init; }
        public required uint PageRoot { get; init; }
        public List<ApplyResult> Results { get; } = new();

        public void Frame()
        {
            Engine.Tick(0);
            Assert.True(Engine.WaitForIdle(s_timeout));
            Pump.ApplyFrame((_, r) => Results.Add(r));
        }

        public void Send(HostEvent e)
        {
            Engine.Post(new EventBatch().Add(e));
            Frame();
        }
    }

    private Host Start(string engine, string page)
    {
        var js = _fixture.Engine(engine);
        var world = new UiWorld(new TextSystem());
        var applier = new OpApplier(world);
        var container = world.CreateNode(WidgetType.View);
        world.InsertChild(world.ScreenRoot, container);
        var root = Interlocked.Increment(ref s_nextRoot);
        applier.OpenRoot(root, container);
        var host = new Host { Engine = js, World = world, Applier = applier, Pump = new LegacyBatchPump(js, applier), Container = container, PageRoot = root };
        host.Send(HostEvent.PageMount(root, page, null));
        return host;
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Mounted_page_becomes_widgets_in_the_world(string engine)
    {
        var host = Start(engine, "list");

        var list = host.World.FindByTestId("list");
        Assert.Equal(host.Container, host.World.Ecs.ParentOf(list));
        Assert.Equal(4, host.World.Ecs.ChildCount(list));
        Assert.True(host.Applier.TryGetRoot(host.PageRoot, out var root));
        Assert.Equal("list", root.PageName);
        Assert.All(host.Results, r => Assert.Equal(ApplyStatus.Applied, r.Status));
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Rejected_batch_leaves_the_world_unchanged_and_the_page_gets_an_error_event(string engine)
    {
        var host = Start(engine, "badstyle");
        var before = TreeDump.ToJson(host.World, host.Container);
        host.Results.Clear();

        Assert.True(host.Applier.TryFindNode(host.World.FindByTestId("bad"), out var root, out var bad));
        Assert.Equal(host.PageRoot, root.PageRoot);

        host.Send(HostEvent.Press(1, bad));

        var rejected = Assert.Single(host.Results, r => r.Status == ApplyStatus.Rejected);
        Assert.Contains("opacity", rejected.Message);
        Assert.Contains("5", rejected.Message);
        Assert.Equal(before, TreeDump.ToJson(host.World, host.Container));
        Assert.Equal("good", host.World.Get<TextContent>(host.World.FindByTestId("state")).Text);

        // JS answers the BatchRejected event with an Error op for the page.
        host.Frame();
        var reported = host.Results.SelectMany(r => r.PageErrors).ToList();
        Assert.Contains(reported, m => m.Contains("host rejected batch revision", StringComparison.Ordinal) && m.Contains("opacity", StringComparison.Ordinal));
    }
}
