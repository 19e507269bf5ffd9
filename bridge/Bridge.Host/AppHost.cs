using System.Diagnostics;
using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Routing;
using Bridge.Schema;
using Serilog;

namespace Bridge.Host;

/// <summary>The app: one widget world, its frame loop, renderer, focus, router and (when plugged in) the legacy side.</summary>
/// <remarks>UI thread only. Built in two steps because native page factories need the world and composer that the
/// host creates: construct, register pages on <see cref="Natives"/>, then <see cref="Start"/> with the routes.</remarks>
public sealed class AppHost : IDisposable
{
    private readonly ILogger _log;
    private ILegacySide? _legacy;

    /// <summary>Creates the world, renderer and frame loop.</summary>
    public AppHost(HostOptions options, ILogger log)
    {
        Options = options.Validate();
        _log = log.ForContext<AppHost>();
        var started = Stopwatch.GetTimestamp();
        // The engine's code paths compile on another core (with a text system of their own) while this thread starts
        // the GL context and the app: the first frame then runs mostly compiled code.
        _ = Task.Run(() => WarmUp(_log));
        Text = new TextSystem(log);
        Backend = options.Backend == "gles" ? new GlesRenderBackend(options.Size.Width, options.Size.Height, log) : new NullRenderBackend();
        Resources = new ResourceSystem(options.AssetsRoot, log);
        World = new UiWorld(Text, Resources, log);
        IFrameClock clock = options.Pace == "vsync" ? new PacedClock(60) : new UnpacedClock();
        Loop = new FrameLoop(World, clock, Backend, options.Size.Width, options.Size.Height, log)
        {
            ClearColor = Rgba.Parse("#0f1115"),
        };
        Focus = new FocusSystem(World, Loop.InputSystem);
        Loop.Schedule.Add(Focus);
        FocusDebug = new FocusDebugOverlaySystem(Loop, Focus) { Enabled = options.FocusDebug };
        Composer = new Composer(World, log);
        Pages = new EnginePageHost(World, Focus, Loop.Animation)
        {
            Transition = options.PageTransition,
            TransitionMs = options.PageTransitionMs,
            Clock = () => Loop.Clock.Now * 1000.0 / Loop.Clock.Frequency,
            Width = () => Loop.ViewportWidth,
        };
        Loop.Animation.PageTransitionEnded += Pages.TransitionEnded;
        StartupMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static void WarmUp(ILogger log)
    {
        try
        {
            EngineWarmUp.Run(new TextSystem());
        }
        catch (Exception e)
        {
            // Only a head start is lost: the first frame compiles what it needs.
            log.Warning(e, "Engine warm-up failed");
        }
    }

    /// <summary>The options the host was made with.</summary>
    public HostOptions Options { get; }

    /// <summary>The widget world both kinds of page render into.</summary>
    public UiWorld World { get; }

    /// <summary>Text shaping and measurement.</summary>
    public TextSystem Text { get; }

    /// <summary>Images by src.</summary>
    public ResourceSystem Resources { get; }

    /// <summary>The render backend (GLES or null).</summary>
    public IRenderBackend Backend { get; }

    /// <summary>The frame loop.</summary>
    public FrameLoop Loop { get; }

    /// <summary>Spatial navigation.</summary>
    public FocusSystem Focus { get; }

    /// <summary>The focus debug overlay; set <see cref="FocusDebugOverlaySystem.Enabled"/> to show it at any time.</summary>
    public FocusDebugOverlaySystem FocusDebug { get; }

    /// <summary>Mounts native composables.</summary>
    public Composer Composer { get; }

    /// <summary>The router's view of the world.</summary>
    public EnginePageHost Pages { get; }

    /// <summary>Native page factories; register them before <see cref="Start"/>.</summary>
    public NativePageRegistry Natives { get; } = new();

    /// <summary>The router, once started.</summary>
    public Router Router { get; private set; } = null!;

    /// <summary>The legacy side, when plugged in.</summary>
    public ILegacySide? Legacy => _legacy;

    /// <summary>Time to create the world, renderer and loop, in milliseconds.</summary>
    public double StartupMs { get; }

    /// <summary>Extra systems (animations of the app) to schedule; call before <see cref="Start"/>.</summary>
    public void AddSystem(EngineSystem system) => Loop.Schedule.Add(system);

    /// <summary>Plugs in the legacy side and schedules its batch applier; call before <see cref="Start"/>.</summary>
    public void PlugLegacy(ILegacySide legacy)
    {
        _legacy = legacy ?? throw new ArgumentNullException(nameof(legacy));
        Loop.Schedule.Add(legacy.ApplySystem);
        // A key JS held back and did not consume acts when its verdict arrives, as an unhandled key of a native page does
        // (focus moves, back goes back); until then it is pending work.
        legacy.UnconsumedKey = key =>
        {
            if (key.Key == KeyName.Back)
            {
                Router.Back();
            }
            else
            {
                Focus.Navigate(key);
            }
        };
        Loop.AddWorkSource(() => legacy.HasHeldKeys);
    }

    /// <summary>Creates the router over the routes and keeps the scroll system after every focus change of the frame.</summary>
    /// <remarks>The focus debug overlay is scheduled here, last, so that it draws over the systems the app added.</remarks>
    public void Start(RouteTable routes)
    {
        var scroll = new ScrollIntoViewSystem(World);
        Loop.Schedule.Add(scroll);
        Loop.Schedule.Add(FocusDebug);
        Loop.AddWorkSource(() => scroll.IsScrolling);
        Router = new Router(routes, Pages, Natives, _legacy, _log);
        Loop.HandlerFailed += OnHandlerFailed;
    }

    /// <summary>Runs one frame, then goes back when a back key reached no handler (native, or a JS onKey).</summary>
    /// <remarks>A back key that reaches a JS <c>onKey</c> is held until JS says whether it consumed it (a page that calls
    /// goBack itself returns true); one JS let through goes back then, through <see cref="ILegacySide.UnconsumedKey"/>.</remarks>
    public void RunFrame()
    {
        Loop.RunFrame();
        if (Focus.BackPresses > 0)
        {
            Router.Back();
        }
    }

    /// <summary>True when the entity is inside the page root on screen.</summary>
    public bool OnShownPage(Entity e) => !Pages.Shown.IsNull && World.IsWithin(e, Pages.Shown);

    /// <inheritdoc/>
    public void Dispose()
    {
        Pages.FinishLeaving();
        Router?.Dispose();
        _legacy?.Dispose();
        Backend.Dispose();
    }

    // A native page's handler or effect threw outside an error boundary: that page falls back for the rest of the run.
    private void OnHandlerFailed(Entity entity, string handler, Exception error)
    {
        var current = Router.Current;
        if (current is null || _legacy?.Owns(entity) == true)
        {
            return;
        }
        if (current.ShownPath == PagePath.Native && current.Route.Fallback is not null)
        {
            Router.Rollback(current.Page, $"{handler} threw {error.GetType().Name}: {error.Message}", error);
        }
    }
}
