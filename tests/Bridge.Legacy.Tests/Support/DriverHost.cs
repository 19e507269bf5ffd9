using System.Diagnostics;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Legacy.Driving;
using Bridge.Legacy.Hosting;
using Bridge.Routing;
using Bridge.Schema;
using Serilog;

namespace Bridge.Legacy.Tests.Support;

/// <summary>One legacy page on the engine's real input, focus and apply stages: a world, a frame loop on the null backend,
/// the focus system and a <see cref="LegacyPageDriver"/>, keys forwarded to JS as the script runner forwards them.</summary>
internal sealed class DriverHost : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);
    private readonly ILegacyEngine _engine;
    private readonly NullRenderBackend _backend = new(1280, 720);
    private readonly IPageInstance _page;

    public DriverHost(ILegacyEngine engine, string page, ILogger log, TimeSpan? keyVerdictTimeout = null, TimeSpan? answerWait = null,
        Action<Bridge.Host.BusBatchRecord>? batchSeen = null)
    {
        _engine = engine;
        World = new UiWorld(new TextSystem());
        Loop = new FrameLoop(World, new UnpacedClock(), _backend, 1280, 720);
        var focus = Loop.Focus;
        Driver = keyVerdictTimeout is { } timeout ? new LegacyPageDriver(engine, World, log) { KeyVerdictTimeout = timeout } : new LegacyPageDriver(engine, World, log);
        if (answerWait is { } wait)
        {
            Driver.AnswerWait = wait;
        }
        Driver.BatchSeen = batchSeen;
        Loop.Schedule.Add(Driver.ApplySystem);
        Driver.UnconsumedKey = key => focus.Navigate(key);
        var container = World.CreateNode(WidgetType.View);
        World.SetProp(container, PropKey.Width, PropValue.Of("100%"));
        World.SetProp(container, PropKey.Height, PropValue.Of("100%"));
        World.InsertChild(World.ScreenRoot, container);
        focus.ActiveRoot = container;
        _page = Driver.Mount(new Root(container), page, new PageContext(page, PagePath.Legacy, PageRole.Shown, PageParams.Empty, new NoNavigator()));
        Settle();
    }

    public UiWorld World { get; }

    public FrameLoop Loop { get; }

    public LegacyPageDriver Driver { get; }

    public string? Focused => _page.FocusedTestId;

    public void Focus(string testId)
    {
        Assert.True(_page.RestoreFocus(testId), $"no focusable '{testId}' on the page");
        Settle();
    }

    public void Press(KeyName key)
    {
        var id = Loop.Input.Enqueue(key);
        Assert.True(Driver.ForwardKey(new KeyEvent(id, key, Stopwatch.GetTimestamp())), "the focused node is not on the legacy page");
        Settle();
    }

    /// <summary>Frames, each after JS went idle, until a response to what was posted has surely been applied.</summary>
    public void Settle()
    {
        for (var i = 0; i < 6; i++)
        {
            Loop.RunFrame();
            Assert.True(_engine.WaitForIdle(s_timeout), $"{_engine.Name} did not become idle");
        }
    }

    /// <summary>Unmounts the page and drops what JS sends back, so the next host on this engine starts clean.</summary>
    public void Dispose()
    {
        Driver.Dispose();
        Assert.True(_engine.WaitForIdle(s_timeout));
        var dropped = new List<Bridge.Legacy.Channels.WireBatch>();
        while (_engine.Batches.Count > 0)
        {
            _engine.Batches.TakeFrame(dropped);
        }
        while (_engine.TryDequeueCommand(out _))
        {
        }
        _backend.Dispose();
    }

    private sealed class Root(Entity container) : IPageRoot
    {
        public long Id { get; } = EntityIds.Pack(container);

        public void Dispose()
        {
        }
    }

    private sealed class NoNavigator : INavigator
    {
        public void Navigate(string page, PageParams? parameters = null)
        {
        }

        public bool Back(PageParams? result = null) => false;
    }
}
