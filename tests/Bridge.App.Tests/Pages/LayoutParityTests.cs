using Bridge.App.Data;
using Bridge.App.Pages;
using Bridge.Bus.Events;
using Bridge.Engine.Compose;
using Bridge.Engine.Dump;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Legacy.Applying;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Data;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.App.Tests.Pages;

/// <summary>
/// End to end: each legacy page runs in V8, its ops are applied into a world through the real op applier, and its
/// laid-out tree dump (boxes, texts, focus) must equal the native page's dump, as `bridge compare` will require.
/// </summary>
public sealed class LayoutParityTests(LegacyBundleFixture bundle) : IClassFixture<LegacyBundleFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("home", "Home", null)]
    [InlineData("details", "Details", "t010")]
    [InlineData("search", "Search", null)]
    public void Legacy_and_native_pages_dump_the_same_laid_out_tree(string legacyName, string nativeName, string? id)
    {
        var data = new CatalogDataService();
        var parameters = id is null ? PageParams.Empty : PageParams.Of("id", id);

        var legacy = RunLegacy(data, legacyName, id);
        var native = RunNative(data, nativeName, parameters);

        Assert.Equal(native, legacy);
    }

    private string RunLegacy(CatalogDataService data, string page, string? id)
    {
        var router = new HostDataRouter();
        foreach (var resource in new[] { "rails", "featured", "title", "similar", "search", "settings", "setting" })
        {
            router.Map(resource, p => data.Fetch(resource, p));
        }
        using var engine = new V8LegacyEngine([LegacyBundle.FromFile(bundle.Bundle)], new LegacyEngineOptions { DataService = router });
        Assert.True(engine.Ready.Wait(Timeout), "V8 did not start");

        var (world, loop, container) = NewWorld();
        var applier = new OpApplier(world);
        const uint root = 1;
        applier.OpenRoot(root, container);
        var pump = new LegacyBatchPump(engine, applier);
        var rejected = new List<string>();

        engine.Post(new EventBatch().Add(HostEvent.PageMount(root, page, id is null ? null : new Dictionary<string, object?> { ["id"] = id })));
        var quiet = 0;
        for (var frame = 0; frame < 200 && quiet < 3; frame++)
        {
            engine.Tick(frame * 16.0);
            Assert.True(engine.WaitForIdle(Timeout), "JS did not go idle");
            var applied = pump.ApplyFrame((_, r) => { if (r.Status != ApplyStatus.Applied) rejected.Add(r.Message ?? r.Status.ToString()); });
            var commands = 0;
            while (engine.TryDequeueCommand(out var command))
            {
                commands++;
                if (command.Kind == LegacyCommandKind.RequestFocus && world.TryFindByTestId(command.Text!, out var e)) world.Focus(e);
            }
            loop.Clock.WaitForNextFrame();
            loop.RunFrame();
            quiet = applied == 0 && commands == 0 ? quiet + 1 : 0;
        }
        Assert.Empty(rejected);
        return TreeDump.ToJson(world, container);
    }

    private static string RunNative(CatalogDataService data, string page, PageParams parameters)
    {
        var (world, loop, container) = NewWorld();
        var ctx = new DemoPageContext(world, container, data, new RecordingNavigator());
        using var instance = DemoNativePages.Mount(new Composer(world), page, ctx, parameters);
        for (var i = 0; i < 3; i++)
        {
            loop.Clock.WaitForNextFrame();
            loop.RunFrame();
        }
        return TreeDump.ToJson(world, container);
    }

    private static (UiWorld World, FrameLoop Loop, Entity Container) NewWorld()
    {
        var world = new UiWorld(new TextSystem());
        var loop = new FrameLoop(world, new ManualClock(), new NullRenderBackend(1280, 720), 1280, 720);
        var container = world.CreateNode(WidgetType.View);
        world.InsertChild(world.ScreenRoot, container);
        return (world, loop, container);
    }
}
