using Bridge.App.Data;
using Bridge.App.Pages;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.App.Tests.Pages;

/// <summary>A headless engine running one native demo page: manual clock, null backend, recorded navigation.</summary>
internal sealed class PageHost : IDisposable
{
    private static readonly CatalogDataService SharedData = new();

    public PageHost(string page, PageParams? parameters = null)
    {
        World = new UiWorld(new TextSystem());
        Clock = new ManualClock();
        Backend = new NullRenderBackend(1280, 720);
        Loop = new FrameLoop(World, Clock, Backend, 1280, 720);
        Context = new DemoPageContext(World, World.ScreenRoot, SharedData, Navigator);
        Page = DemoPageMount.Mount(World, World.ScreenRoot, page, SharedData, Navigator, parameters);
        Frame();
    }

    public UiWorld World { get; }
    public ManualClock Clock { get; }
    public NullRenderBackend Backend { get; }
    public FrameLoop Loop { get; }
    public DemoPageContext Context { get; }
    public IPageInstance Page { get; }
    public RecordingNavigator Navigator { get; } = new();

    public string? Focused => Page.FocusedTestId;

    public void Frame()
    {
        Clock.WaitForNextFrame();
        Loop.RunFrame();
    }

    /// <summary>Presses a key <paramref name="times"/> times, one frame each, and runs one more frame so focus requests land.</summary>
    public void Key(KeyName key, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Loop.Input.Enqueue(key);
            Frame();
        }
        Frame();
    }

    public string TextOf(string testId) => World.Get<TextContent>(World.FindByTestId(testId)).Text;

    public HashSet<string> TestIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Collect(World.ScreenRoot, ids);
        return ids;
    }

    private void Collect(Bridge.Engine.Ecs.Entity e, HashSet<string> ids)
    {
        if (World.TryGet(e, out TestId id)) ids.Add(id.Value);
        for (var c = World.Ecs.FirstChild(e); !c.IsNull; c = World.Ecs.NextSibling(c)) Collect(c, ids);
    }

    public void Dispose()
    {
        Page.Dispose();
        Backend.Dispose();
    }
}

/// <summary>A navigator that records what pages asked for.</summary>
internal sealed class RecordingNavigator : INavigator
{
    public List<string> Calls { get; } = [];

    public void Navigate(string page, PageParams? parameters = null) =>
        Calls.Add(parameters is null ? page : $"{page} {string.Join(",", parameters.Select(p => $"{p.Key}={p.Value}"))}");

    public bool Back(PageParams? result = null)
    {
        Calls.Add("back");
        return true;
    }
}
