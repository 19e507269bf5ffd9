using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Host;
using Bridge.Legacy.Driving;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;
using Bridge.Migration;
using Bridge.Routing;
using Serilog;

namespace Bridge.Legacy.App;

/// <summary>Plugs the legacy page driver (a JS engine with the app's bundles) into the host.</summary>
public sealed class LegacySide(LegacyPageDriver driver, Task? loaded = null) : ILegacySide
{
    /// <summary>Starts a JS engine with the bundles and drives its pages into the world; waits until the bundles are
    /// loaded unless <paramref name="background"/>, when they load beside the first frames and the first legacy mount
    /// waits for them (a bundle that fails to load then faults the legacy pages, each showing why).</summary>
    /// <exception cref="Exception">Without <paramref name="background"/>: the engine failed to start or a bundle to load.</exception>
    /// <param name="startLater">With <paramref name="background"/>: the engine starts on <see cref="StartLoading"/> or when
    /// the first legacy page mounts, not now.</param>
    public static LegacySide Start(IReadOnlyList<LegacyBundle> bundles, JsEngineKind kind, LegacyEngineOptions options, UiWorld world, ILogger log,
        bool background = false, bool startLater = false)
    {
        var start = !(background && startLater);
        LegacyEngine engine = kind == JsEngineKind.Jint ? new JintLegacyEngine(bundles, options, start) : new V8LegacyEngine(bundles, options, start);
        if (background)
        {
            // Logged before it completes, so whoever waits for it sees the engine's own account first.
            var loaded = engine.Ready.ContinueWith(ready =>
            {
                LogReady(engine, log);
                ready.GetAwaiter().GetResult();
            }, TaskScheduler.Default);
            return new LegacySide(new LegacyPageDriver(engine, world, log), loaded);
        }
        try
        {
            engine.Ready.GetAwaiter().GetResult();
        }
        catch
        {
            engine.Dispose();
            throw;
        }
        LogReady(engine, log);
        return new LegacySide(new LegacyPageDriver(engine, world, log));
    }

    private static void LogReady(LegacyEngine engine, ILogger log)
    {
        if (engine.Ready.IsCompletedSuccessfully)
        {
            log.Information("{Engine} ready: engine {Create:0} ms, bundles {Load:0} ms", engine.Name, engine.Startup.EngineCreateMs, engine.Startup.BundleLoadMs);
        }
        else
        {
            log.Error("{Engine}: {Fault}", engine.Name, engine.Fault);
        }
    }

    public string EngineName => driver.Engine.Name;

    public Task Loaded { get; } = loaded ?? Task.CompletedTask;

    public void StartLoading() => driver.Engine.Start();

    public ILegacyEngine Engine => driver.Engine;

    public double StartupMs => driver.Engine.Startup.EngineCreateMs + driver.Engine.Startup.BundleLoadMs;

    public EngineSystem ApplySystem => driver.ApplySystem;

    public IReadOnlyList<AppliedCause> AppliedCauses => driver.AppliedCauses;

    public IReadOnlyList<string> Errors => driver.Errors;

    public Action<BusBatchRecord>? BatchSeen { set => driver.BatchSeen = value; }

    public LegacyStartup Startup => driver.Engine.Startup;

    public bool ForwardKey(in KeyEvent key) => driver.ForwardKey(key);

    public Action<KeyEvent>? UnconsumedKey { set => driver.UnconsumedKey = value; }

    public bool HasHeldKeys => driver.HasHeldKeys || driver.HasPendingMeasures;

    public bool HasPendingWork => driver.HasPendingWork;

    public TimeSpan FrameAnswerWait => driver.FrameAnswerWait;

    public TimeSpan AnswerWait { get => driver.AnswerWait; set => driver.AnswerWait = value; }

    /// <inheritdoc/>
    public bool AnswerWaitsForIdle { get => driver.AnswerWaitsForIdle; set => driver.AnswerWaitsForIdle = value; }

    public IReadOnlyList<PageFault> Faults => driver.Faults;

    public bool Owns(Entity entity) => driver.Owns(entity);

    public bool WaitForIdle(TimeSpan timeout) => driver.WaitForIdle(timeout);

    public bool WaitForJsThread(TimeSpan timeout)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var engine = driver.Engine;
        if (!engine.Started)
        {
            return true; // no JS has run yet: nothing to wait for
        }
        try
        {
            // The engine's idle wait is woken by JS work ending, not by the bundles finishing their load.
            if (!engine.Ready.Wait(timeout))
            {
                return false;
            }
        }
        catch (AggregateException)
        {
            return true; // the bundles failed to load: no JS runs, nothing to wait for
        }
        var left = timeout - System.Diagnostics.Stopwatch.GetElapsedTime(start);
        return engine.WaitForIdle(left > TimeSpan.Zero ? left : TimeSpan.Zero) || engine.Fault is not null;
    }

    public bool Reload(IReadOnlyList<string> bundles)
    {
        ArgumentNullException.ThrowIfNull(bundles);
        var loaded = new LegacyBundle[bundles.Count];
        for (var i = 0; i < loaded.Length; i++)
        {
            loaded[i] = LegacyBundle.FromFile(bundles[i]);
        }
        return driver.Reload(loaded);
    }

    /// <summary>Longest <see cref="CheckLoads"/> waits for the bundles to load.</summary>
    public static readonly TimeSpan LoadCheckTimeout = TimeSpan.FromSeconds(30);

    public string? CheckLoads(IReadOnlyList<string> bundles)
    {
        ArgumentNullException.ThrowIfNull(bundles);
        LegacyBundle[] loaded;
        try
        {
            loaded = bundles.Select(LegacyBundle.FromFile).ToArray();
        }
        catch (IOException e)
        {
            return e.Message;
        }
        if (loaded.Length == 0)
        {
            return "no bundle to load";
        }
        // A runtime of its own, as the running one was started (engine, isolation, limits), thrown away after the load.
        var options = (driver.Engine as LegacyEngine)?.Options ?? new LegacyEngineOptions();
        using LegacyEngine probe = EngineName == "jint" ? new JintLegacyEngine(loaded, options) : new V8LegacyEngine(loaded, options);
        try
        {
            if (!probe.Ready.Wait(LoadCheckTimeout))
            {
                return $"{probe.Name}: the bundles did not finish loading within {LoadCheckTimeout.TotalSeconds:0} s";
            }
        }
        catch (AggregateException)
        {
            // Fault says why.
        }
        return probe.Fault;
    }

    public bool HasPage(string legacyName) => driver.HasPage(legacyName);

    public IPageInstance Mount(IPageRoot root, string legacyName, PageContext context) => driver.Mount(root, legacyName, context);

    public void Dispose()
    {
        driver.Dispose();
        driver.Engine.Dispose();
    }
}
