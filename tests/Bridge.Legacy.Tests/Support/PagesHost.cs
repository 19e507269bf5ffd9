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

/// <summary>Several legacy pages of one engine in one world, as an app's navigation stack holds them: each in its own
/// full-screen root, the frame loop on the null backend, the focus system and a <see cref="LegacyPageDriver"/>.</summary>
internal sealed class PagesHost : IDisposable
{
    private readonly NullRenderBackend _backend = new(1280, 720);
    private readonly FocusSystem _focus;
    private readonly List<Page> _pages = [];

    private readonly LogCollector _logs;

    public PagesHost(ILegacyEngine engine, LogCollector logs)
    {
        var log = logs.Logger;
        _logs = logs;
        Engine = engine;
        World = new UiWorld(new TextSystem());
        Loop = new FrameLoop(World, new UnpacedClock(), _backend, 1280, 720);
        _focus = new FocusSystem(World, Loop.InputSystem);
        Loop.Schedule.Add(_focus);
        Driver = new LegacyPageDriver(engine, World, log);
        Loop.Schedule.Add(Driver.ApplySystem);
        Driver.UnconsumedKey = key => _focus.Navigate(key);
    }

    public ILegacyEngine Engine { get; }

    public UiWorld World { get; }

    public FrameLoop Loop { get; }

    public LegacyPageDriver Driver { get; }

    /// <summary>A page on the stack: its root entity and the driver's instance.</summary>
    public sealed record Page(string Name, Entity Container, IPageInstance Instance);

    /// <summary>Mounts a legacy page over the others and shows it.</summary>
    public Page Mount(string legacyName, Dictionary<string, object?>? parameters = null, string? name = null)
    {
        var container = World.CreateNode(WidgetType.View);
        World.SetProp(container, PropKey.Position, PropValue.Of("absolute"));
        World.SetProp(container, PropKey.Width, PropValue.Of("100%"));
        World.SetProp(container, PropKey.Height, PropValue.Of("100%"));
        World.InsertChild(World.ScreenRoot, container);
        var pageParams = parameters is null ? PageParams.Empty : PageParams.From(parameters);
        var context = new PageContext(name ?? legacyName, PagePath.Legacy, PageRole.Shown, pageParams, new NoNavigator());
        var page = new Page(name ?? legacyName, container, Driver.Mount(new Root(container), legacyName, context));
        _pages.Add(page);
        Show(page);
        return page;
    }

    /// <summary>Makes <paramref name="page"/> the one on screen (the others stay mounted, hidden).</summary>
    public void Show(Page page)
    {
        foreach (var p in _pages)
        {
            if (p != page)
            {
                World.SetProp(p.Container, PropKey.Display, PropValue.Of("none"));
            }
        }
        World.UnsetProp(page.Container, PropKey.Display);
        _focus.ActiveRoot = page.Container;
        if (!World.Focused.IsNull && !World.IsWithin(World.Focused, page.Container))
        {
            World.Blur();
        }
    }

    public void Focus(Page page, string testId) =>
        Assert.True(page.Instance.RestoreFocus(testId), $"no focusable '{testId}' on page {page.Name}");

    public string? Focused => World.Focused.IsNull || !World.TryGet(World.Focused, out TestId id) ? null : id.Value;

    /// <summary>A key on the focused node, as the script runner sends it: to JS when the node is a legacy page's.</summary>
    public void Press(KeyName key)
    {
        var id = Loop.Input.Enqueue(key);
        Driver.ForwardKey(new KeyEvent(id, key, Stopwatch.GetTimestamp()));
    }

    /// <summary>Whether a page shows a node with this testID.</summary>
    public bool Has(Page page, string testId) => World.TryFindByTestIdWithin(testId, page.Container, out _);

    /// <summary>The text of a Text node of a page.</summary>
    public string TextOf(Page page, string testId) =>
        World.TryFindByTestIdWithin(testId, page.Container, out var e) ? World.Get<TextContent>(e).Text : $"(no node {testId})";

    /// <summary>Runs frames until <paramref name="done"/> holds and JS is idle, or fails after <paramref name="timeout"/>.</summary>
    public TimeSpan RunUntil(Func<bool> done, TimeSpan timeout, string what)
    {
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            Loop.RunFrame();
            // Every frame ticks the JS clock, which JS handles too: wait a little for it before asking again.
            if (done() && !Driver.HasPendingWork && Engine.WaitForIdle(TimeSpan.FromMilliseconds(500)))
            {
                Loop.RunFrame();
                if (done() && !Driver.HasPendingWork)
                {
                    return Stopwatch.GetElapsedTime(start);
                }
            }
            if (Stopwatch.GetElapsedTime(start) > timeout)
            {
                Assert.Fail($"{Engine.Name}: {what} did not happen within {timeout}; idle {Engine.WaitForIdle(TimeSpan.Zero)}, "
                    + $"pending {Driver.HasPendingWork}, stopped {Engine.Stopped}, faults: "
                    + string.Join("; ", Driver.Faults.Select(f => $"{f.Page} {f.Kind}: {f.Reason}"))
                    + "\nlog:\n" + string.Join("\n", _logs.Messages().TakeLast(25)));
            }
            Engine.WaitForIdle(TimeSpan.FromMilliseconds(10));
        }
    }

    /// <summary>Runs frames until JS is idle and nothing is pending.</summary>
    public void Settle(TimeSpan? timeout = null) => RunUntil(() => true, timeout ?? TimeSpan.FromSeconds(30), "settling");

    public void Dispose()
    {
        Driver.Dispose();
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
