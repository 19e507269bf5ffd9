using Bridge.App.Data;
using Bridge.Bus.Events;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Legacy.Applying;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Data;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;
using Bridge.Schema;

namespace Bridge.App.Tests.Pages;

/// <summary>
/// One legacy demo page running in V8 with the demo's data service, its ops applied into a headless world by the real
/// op applier; focus requests and keys are routed the way the host will route them.
/// </summary>
internal sealed class LegacySession : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private const uint PageRoot = 1;

    private readonly V8LegacyEngine _engine;
    private readonly OpApplier _applier;
    private readonly LegacyBatchPump _pump;
    private readonly ManualClock _clock = new();
    private uint _nextEventId = 1;

    public LegacySession(string bundlePath, CatalogDataService data, string page, string? id = null)
    {
        var router = new HostDataRouter();
        foreach (var resource in new[] { "rails", "featured", "title", "similar", "search", "settings", "setting" })
        {
            router.Map(resource, p => data.Fetch(resource, p));
        }
        _engine = new V8LegacyEngine([LegacyBundle.FromFile(bundlePath)], new LegacyEngineOptions { DataService = router });
        if (!_engine.Ready.Wait(Timeout)) throw new TimeoutException("V8 did not start");

        World = new UiWorld(new TextSystem());
        Loop = new FrameLoop(World, _clock, new NullRenderBackend(1280, 720), 1280, 720);
        Loop.Scroll.DurationMs = 0;
        Container = World.CreateNode(WidgetType.View);
        World.InsertChild(World.ScreenRoot, Container);
        // As the page driver does: a node's onLayout reaches JS as a layout event (the search grid reads its columns so).
        _applier = new OpApplier(World, handlers: (_, node, key) => key == PropKey.OnLayout
            ? (Action<LayoutBox>)(box => _engine.Post(new EventBatch().Add(HostEvent.Layout(node, box.X, box.Y, box.W, box.H, box.AbsoluteX, box.AbsoluteY))))
            : null);
        _applier.OpenRoot(PageRoot, Container);
        _pump = new LegacyBatchPump(_engine, _applier);

        _engine.Post(new EventBatch().Add(HostEvent.PageMount(PageRoot, page, id is null ? null : new Dictionary<string, object?> { ["id"] = id })));
        Settle();
    }

    public UiWorld World { get; }
    public FrameLoop Loop { get; }
    public Entity Container { get; }
    public double TimeMs { get; private set; }
    public List<string> Rejected { get; } = [];
    public List<string> Navigation { get; } = [];

    public string? FocusedTestId => World.TryGet(World.Focused, out TestId id) ? id.Value : null;

    /// <summary>Runs one frame <paramref name="stepMs"/> after the last; returns whether JS changed anything.</summary>
    public bool Frame(double stepMs = 16)
    {
        TimeMs += stepMs;
        _engine.Tick(TimeMs);
        if (!_engine.WaitForIdle(Timeout)) throw new TimeoutException("JS did not go idle");
        var applied = _pump.ApplyFrame((_, r) => { if (r.Status != ApplyStatus.Applied) Rejected.Add(r.Message ?? r.Status.ToString()); });
        var commands = 0;
        while (_engine.TryDequeueCommand(out var command))
        {
            commands++;
            switch (command.Kind)
            {
                case LegacyCommandKind.RequestFocus:
                    FocusByTestId(command.Text!);
                    break;
                case LegacyCommandKind.Navigate:
                    Navigation.Add(command.Text!);
                    break;
                case LegacyCommandKind.GoBack:
                    Navigation.Add("back");
                    break;
            }
        }
        _clock.WaitForNextFrame();
        Loop.RunFrame();
        return applied > 0 || commands > 0;
    }

    /// <summary>Runs frames until three in a row change nothing.</summary>
    public void Settle()
    {
        var quiet = 0;
        for (var i = 0; i < 200 && quiet < 3; i++) quiet = Frame() ? 0 : quiet + 1;
    }

    /// <summary>Sends a key to the focused node, as the host's input system does for a legacy page, and settles.</summary>
    public void Key(KeyName key)
    {
        if (!_applier.TryFindNode(World.Focused, out _, out var target)) throw new InvalidOperationException($"no legacy node has focus for key {key}");
        _engine.Post(new EventBatch().Add(HostEvent.KeyPress(_nextEventId++, target, key, TimeMs)));
        Settle();
    }

    public string TextOf(string testId) => World.Get<TextContent>(World.FindByTestId(testId)).Text;

    public Style StyleOf(string testId) => World.Get<Style>(World.FindByTestId(testId));

    private void FocusByTestId(string testId)
    {
        if (!World.TryFindByTestId(testId, out var e)) return;
        var old = World.Focused;
        World.Focus(e);
        var events = new EventBatch();
        if (!old.IsNull && _applier.TryFindNode(old, out _, out var oldId)) events.Add(HostEvent.Blur(_nextEventId++, oldId));
        if (_applier.TryFindNode(e, out _, out var newId)) events.Add(HostEvent.Focus(_nextEventId++, newId));
        _engine.Post(events);
    }

    public void Dispose() => _engine.Dispose();
}
