using System.Diagnostics;
using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Graphics.Window;
using Bridge.Migration;
using Bridge.Pages;
using Bridge.Routing;
using Bridge.Schema;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Bridge.Host;

/// <summary>The running app: one widget world, its frame loop and schedule, renderer, router, the one input path, key
/// latency, and (when the manifest has legacy pages) the legacy side.</summary>
/// <remarks>UI thread only, except <see cref="Input"/>, which any thread may feed (a script, a window, a browser preview).
/// Built in one place, <see cref="Create"/>: it checks the app and manifest before it starts a GL context or a JS engine,
/// binds the app's native pages, starts the legacy side and the router. Whatever drives it enqueues keys on
/// <see cref="Input"/> and calls <see cref="RunFrame"/>; the frame hands keys to JS pages and records their latency.</remarks>
public sealed class AppHost : IDisposable
{
    private readonly ILogger _log;
    private readonly List<RunError> _errors = [];
    private int _legacyErrorsTaken;
    private int _nativeRemount;
    private ILegacySide? _legacy;

    private AppHost(HostOptions options, ILogger log, Func<UiWorld, ILegacySide>? startLegacy)
    {
        Options = options.Validate();
        _log = log.ForContext<AppHost>();
        var started = Stopwatch.GetTimestamp();
        // The engine's code paths compile on another core (with a text system of their own) while this thread starts
        // the GL context and the app: the first frame then runs mostly compiled code.
        _ = Task.Run(() => WarmUp(_log));
        StartupTimeline.Mark(_log, "host started");
        Text = new TextSystem(log);
        Resources = new ResourceSystem(options.AssetsRoot, log);
        World = new UiWorld(Text, Resources, log);
        StartupTimeline.Mark(_log, "text system and world");
        // The JS engine (its process, V8, the bundles) starts before the GL context, so the two starts overlap.
        _legacy = startLegacy?.Invoke(World);
        StartupTimeline.Mark(_log, "legacy side started");
        try
        {
            Window = options.Window is { } title ? OpenWindow(title, options.Size, log) : null;
            Backend = Window is not null ? new GlesRenderBackend(Window, options.Size.Width, options.Size.Height, log)
                : options.Backend == "gles" ? new GlesRenderBackend(options.Size.Width, options.Size.Height, log) : new NullRenderBackend();
        }
        catch
        {
            Window?.Dispose();
            _legacy?.Dispose();
            throw;
        }
        if (Backend is GlesRenderBackend gles)
        {
            gles.DamageRedraw = options.DamageRedraw;
        }
        StartupTimeline.Mark(_log, "render backend");
        IFrameClock clock = Window is not null ? new DisplayClock(Window.RefreshHz)
            : options.Pace switch
            {
                "vsync" => new PacedClock(60),
                "stepped" => new SteppedClock(60) { Barrier = WaitForAsyncWork },
                _ => new UnpacedClock(),
            };
        Loop = new FrameLoop(World, clock, Backend, options.Size.Width, options.Size.Height, log)
        {
            ClearColor = Rgba.Parse("#0f1115"),
        };
        Loop.FocusDebug.Enabled = options.FocusDebug;
        Composer = new Composer(World, log);
        Pages = new EnginePageHost(World, Loop.Focus, Loop.Animation)
        {
            Transition = options.PageTransition,
            TransitionMs = options.PageTransitionMs,
            Clock = () => Loop.Clock.Now * 1000.0 / Loop.Clock.Frequency,
            Width = () => Loop.ViewportWidth,
        };
        Loop.Animation.PageTransitionEnded += Pages.TransitionEnded;
        Latency = new KeyLatency(this);
        Loop.InputSystem.Taking = Take;
        Loop.HandlerFailed += OnHandlerFailed;
        if (Window is not null)
        {
            // The window's keys join the one input path; its events are handled once a frame (and by whoever waits on it).
            Window.KeyPressed = (key, repeat) => Input.Enqueue(key, repeat);
            Loop.FrameEnded += PollWindow;
        }
        // A code update (.NET hot reload) is taken on any thread and acted on by the next frame, in its handlers stage.
        Loop.AddWorkSource(() => Volatile.Read(ref _nativeRemount) != 0);
        Loop.Schedule.Add(new HotReloadSystem(this));
        NativeHotReload.Add(this);
        StartupMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        StartupTimeline.Mark(_log, "world and frame loop");
    }

    /// <summary>Checks the app against the manifest, then builds and starts the host: world, renderer, the app's native
    /// pages, the legacy side when a page needs it, the router. Nothing is started when a check fails.</summary>
    /// <param name="options">Viewport, pacing, backend, assets.</param>
    /// <param name="services">The app's services: page dependencies, startup tasks, the legacy side factory.</param>
    /// <param name="pages">The app's native pages.</param>
    /// <param name="manifest">The migration manifest.</param>
    /// <param name="log">The app's logger.</param>
    /// <param name="routes">When given, rewrites the manifest's routes (compare forces a page onto one path).</param>
    /// <exception cref="AppStartException">The manifest names a native page the app did not register, or legacy pages
    /// while the app has no legacy side; a bundle does not load; a startup task failed.</exception>
    public static AppHost Create(HostOptions options, IServiceProvider services, NativePages pages, Manifest manifest, ILogger log,
        Func<RouteTable, RouteTable>? routes = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(manifest);
        var table = Check(services, pages, manifest, routes);
        var startup = Task.Run(() => RunStartupTasks(services, options.AssetsRoot, log));
        // An app that opens on a native page starts its JS engine once that page's first frame is on screen, so the two
        // do not share the processor; one that opens on a legacy page starts it first thing, beside the GL context and
        // the app's start, and waits for the bundles before the router starts.
        var opensNative = table.Get(table.Start).Live == PagePath.Native;
        Func<UiWorld, ILegacySide>? startLegacy = table.IsNativeOnly ? null
            : world => services.GetRequiredService<ILegacySideFactory>()
                .Start(new LegacyStart(manifest.Bundles, manifest.Engine, world, services, log) { Background = true, StartLater = opensNative });
        var host = new AppHost(options, log, startLegacy);
        try
        {
            if (manifest.Design is { } design) host.Loop.SetDesignSize((design.Width, design.Height));
            pages.BindTo(host.Natives, host.Composer, services);
            StartupTimeline.Mark(log, "native pages bound");
            if (host._legacy is { } legacy)
            {
                host.PlugLegacy(legacy);
            }
            startup.GetAwaiter().GetResult();
            StartupTimeline.Mark(log, "startup tasks done");
            if (host._legacy is { } opening && !opensNative)
            {
                // An app that opens on a legacy page cannot show anything without its bundles: they must load for it to start.
                WaitForBundles(opening, manifest);
                StartupTimeline.Mark(log, "bundles loaded");
            }
            host.Start(table);
            StartupTimeline.Mark(log, "router started");
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Checks what can be checked before anything starts: every native page the manifest names is registered, and
    /// an app whose routes run a legacy page has a legacy side; returns the routes.</summary>
    /// <exception cref="AppStartException">Names the manifest, the page and the fix.</exception>
    public static RouteTable Check(IServiceProvider services, NativePages pages, Manifest manifest, Func<RouteTable, RouteTable>? routes = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(manifest);
        foreach (var page in manifest.Pages)
        {
            if (page.Native is { } native && !pages.Contains(native))
            {
                var registered = pages.Names.Count == 0 ? "none" : string.Join(", ", pages.Names.Order(StringComparer.Ordinal));
                throw new AppStartException($"{manifest.Path}: pages.{page.Name}.native: no native page registered as \"{native}\" "
                    + $"(registered: {registered}); register it with builder.Pages.Add<T>() or fix the name");
            }
        }
        var table = manifest.ToRouteTable();
        if (routes is not null)
        {
            table = routes(table);
        }
        if (!table.IsNativeOnly && services.GetService<ILegacySideFactory>() is null)
        {
            var legacy = table.Routes.First(r => r.Live != PagePath.Native || r.Fallback is PagePath.Legacy);
            throw new AppStartException($"{manifest.Path}: pages.{legacy.Name} runs a legacy page but the app has no JS engine; "
                + "reference the Bridge.Legacy package and call builder.AddLegacyPages()");
        }
        return table;
    }

    private static void WaitForBundles(ILegacySide legacy, Manifest manifest)
    {
        try
        {
            legacy.Loaded.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var names = string.Join(", ", manifest.Bundles);
            throw new AppStartException($"{names}: the legacy bundles did not load in {JsEngineKinds.ToName(manifest.Engine)}: {e.Message}", e);
        }
    }

    private static GlfwWindow OpenWindow(string title, ScreenSize size, ILogger log)
    {
        try
        {
            return GlfwWindow.Create(title, size.Width, size.Height, log);
        }
        catch (GraphicsUnavailableException e)
        {
            throw new AppStartException($"cannot open a window: {e.Message}");
        }
    }

    private static void RunStartupTasks(IServiceProvider services, string assetsRoot, ILogger log)
    {
        foreach (var task in services.GetServices<IStartupTask>())
        {
            task.Run(new StartupContext(assetsRoot, log));
        }
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

    /// <summary>The desktop window frames are shown in and keys come from, when the host has one.</summary>
    public GlfwWindow? Window { get; }

    /// <summary>The render backend (GLES or null).</summary>
    public IRenderBackend Backend { get; }

    /// <summary>The frame loop and its schedule.</summary>
    public FrameLoop Loop { get; }

    /// <summary>The one input path: every key, whoever presses it, is enqueued here.</summary>
    public InputQueue Input => Loop.Input;

    /// <summary>Spatial navigation.</summary>
    public FocusSystem Focus => Loop.Focus;

    /// <summary>The focus debug overlay; set <see cref="FocusDebugOverlaySystem.Enabled"/> to show it at any time.</summary>
    public FocusDebugOverlaySystem FocusDebug => Loop.FocusDebug;

    /// <summary>Mounts native composables.</summary>
    public Composer Composer { get; }

    /// <summary>The router's view of the world.</summary>
    public EnginePageHost Pages { get; }

    /// <summary>Native page factories by manifest name (the app's pages, bound at creation).</summary>
    public NativePageRegistry Natives { get; } = new();

    /// <summary>The router.</summary>
    public Router Router { get; private set; } = null!;

    /// <summary>The legacy side, when the manifest has legacy pages.</summary>
    public ILegacySide? Legacy => _legacy;

    /// <summary>Latency of every key from the input queue to commit and present.</summary>
    public KeyLatency Latency { get; }

    /// <summary>Time to create the world, renderer and loop, in milliseconds.</summary>
    public double StartupMs { get; }

    /// <summary>Time from process start to the first presented frame that drew something, in milliseconds (NaN before it).</summary>
    public double FirstFrameMs { get; private set; } = double.NaN;

    /// <summary>The engine the run's legacy pages use ("v8", "jint"), or "none" when no JS engine runs.</summary>
    public string EngineName => _legacy?.EngineName ?? "none";

    /// <summary>What went wrong in pages so far, oldest first: native handlers that threw, JS errors, rejected batches; a
    /// legacy error names the page on screen when the frame that carried it ended.</summary>
    public IReadOnlyList<RunError> Errors
    {
        get
        {
            TakeLegacyErrors();
            return _errors;
        }
    }

    /// <summary>Runs one frame, records the latency of the keys it committed, then goes back when a back key reached no
    /// handler (native, or a JS onKey).</summary>
    /// <remarks>A back key that reaches a JS <c>onKey</c> is held until JS says whether it consumed it (a page that calls
    /// goBack itself returns true); one JS let through goes back then, through <see cref="ILegacySide.UnconsumedKey"/>.</remarks>
    public void RunFrame()
    {
        Loop.RunFrame();
        TakeLegacyErrors();
        ref readonly var record = ref Loop.Stats.Last;
        if (double.IsNaN(FirstFrameMs) && record.DrawCommands > 0)
        {
            // From process start, as the budget is stated.
            FirstFrameMs = StartupTimeline.SinceProcessStart();
            LogFirstFrame(record);
            // The start page is on screen: the JS engine may take the processor now (an engine already started is left as is).
            _legacy?.StartLoading();
        }
        else if (double.IsNaN(FirstFrameMs))
        {
            StartupTimeline.Mark(_log, $"frame {record.Frame} drew nothing");
        }
        Latency.AfterFrame(record);
        if (Focus.BackPresses > 0)
        {
            Router.Back();
        }
    }

    private void LogFirstFrame(in FrameRecord record)
    {
        var stages = new System.Text.StringBuilder();
        for (var stage = FrameStage.Input; stage <= FrameStage.Present; stage++)
        {
            stages.Append(stages.Length == 0 ? "" : ", ").Append(stage).Append(' ')
                .Append((record.TicksOf(stage) * 1000.0 / Loop.Clock.Frequency).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        }
        _log.Debug("Start: first frame (frame {Frame}, {Commands} draw commands) presented at {Ms:0} ms; its stages in ms: {Stages}",
            record.Frame, record.DrawCommands, FirstFrameMs, stages.ToString());
    }

    // A stepped frame sees everything started before it: images decoded, JS done with what it was given (its batches are
    // applied by the frame). Bounded, so a page stuck in a loop still lets the run go on (and its watchdog act).
    private void WaitForAsyncWork()
    {
        var timeout = Options.IdleTimeout;
        if (!Resources.WaitForDecodes(timeout))
        {
            _log.Warning("Stepped frame: images still decoding after {Timeout}", timeout);
        }
        if (_legacy is not null && !_legacy.WaitForJsThread(timeout))
        {
            _log.Warning("Stepped frame: JS still busy after {Timeout}", timeout);
        }
    }

    /// <summary>True when JS has handled everything posted so far (always, with no legacy side).</summary>
    public bool IsJsIdle(TimeSpan wait) => _legacy?.WaitForIdle(wait) ?? true;

    /// <summary>True when the entity is inside the page root on screen.</summary>
    public bool OnShownPage(Entity e) => !Pages.Shown.IsNull && World.IsWithin(e, Pages.Shown);

    /// <inheritdoc/>
    public void Dispose()
    {
        NativeHotReload.Remove(this);
        Pages.FinishLeaving();
        Router?.Dispose();
        _legacy?.Dispose();
        Backend.Dispose();
        Window?.Dispose();
    }

    /// <summary>Asks the frame loop to mount the native pages again at the start of its next frame (their code changed);
    /// any thread may call it.</summary>
    public void RequestNativeRemount() => Volatile.Write(ref _nativeRemount, 1);

    /// <summary>True from <see cref="RequestNativeRemount"/> until the frame that mounts the native pages again.</summary>
    public bool NativeRemountPending => Volatile.Read(ref _nativeRemount) != 0;

    // The native pages' code changed: they mount again, the one on screen in place.
    internal void RemountNativeIfRequested()
    {
        if (Interlocked.Exchange(ref _nativeRemount, 0) == 0 || Router is null)
        {
            return;
        }
        try
        {
            var pages = Router.RemountNative();
            _log.Information("Hot reload: {Count} native page(s) mounted again with the updated code", pages);
        }
        catch (Exception e)
        {
            // A page that fails with the new code is rolled back by the router; anything else is logged, the app goes on.
            _log.Error(e, "Hot reload: mounting the native pages again failed");
        }
    }

    private void PollWindow(in FrameRecord record) => Window!.PollEvents();

    private void PlugLegacy(ILegacySide legacy)
    {
        _legacy = legacy;
        if (Loop.Clock is SteppedClock)
        {
            // A key's answer lands in the frame that sent the key however long JS takes, not only when JS is quick.
            legacy.AnswerWait = Options.IdleTimeout;
            legacy.AnswerWaitsForIdle = true;
        }
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
        Loop.AddWorkSource(() => legacy.HasPendingWork);
    }

    private void Start(RouteTable routes) => Router = new Router(routes, Pages, Natives, _legacy, _log);

    // The input stage took a key: a key for a legacy page goes to JS now, from the frame, and its latency record starts.
    private void Take(KeyEvent key)
    {
        var current = Router.Current;
        var posting = System.Diagnostics.Stopwatch.GetTimestamp();
        var toJs = current?.ShownPath == PagePath.Legacy && _legacy is not null && _legacy.ForwardKey(key);
        Latency.Begin(key, current, toJs, toJs ? System.Diagnostics.Stopwatch.GetElapsedTime(posting).TotalMilliseconds : 0);
    }

    // Errors JS reported (in the frames' apply stage) that are not in the list yet.
    private void TakeLegacyErrors()
    {
        if (_legacy is null)
        {
            return;
        }
        var reported = _legacy.Errors;
        for (; _legacyErrorsTaken < reported.Count; _legacyErrorsTaken++)
        {
            _errors.Add(new RunError(Router?.Current?.Page, RunErrorKind.LegacyError, reported[_legacyErrorsTaken]));
        }
    }

    // A native page's handler or effect threw outside an error boundary: that page falls back for the rest of the run.
    private void OnHandlerFailed(Entity entity, string handler, Exception error)
    {
        if (_legacy?.Owns(entity) == true)
        {
            return;
        }
        var page = NativeFailures.RollBack(this, entity, handler, error, _log);
        _errors.Add(new RunError(page, RunErrorKind.NativeHandler, $"{handler} threw {error.GetType().Name}: {error.Message}"));
    }
}

/// <summary>Mounts the native pages again when a code update asked for it (<see cref="NativeHotReload"/>), in the frame's
/// handlers stage, as a navigation from a handler would.</summary>
/// <remarks>Reads and writes no component itself: the router mounts pages.</remarks>
internal sealed class HotReloadSystem(AppHost host) : EngineSystem
{
    public override FrameStage Stage => FrameStage.Handlers;

    public override void Run(in SystemContext context) => host.RemountNativeIfRequested();
}
