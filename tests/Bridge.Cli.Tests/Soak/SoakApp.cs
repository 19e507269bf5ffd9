using System.Diagnostics;
using Bridge.App;
using Bridge.App.Pages;
using Bridge.Host;
using Bridge.Legacy;
using Bridge.Legacy.App;
using Bridge.Migration;
using Bridge.Routing;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Cli.Tests.Soak;

/// <summary>The demo app as <c>bridge run</c> builds it (world, frame loop on the null backend, router, the demo's native
/// pages, its legacy bundle in one JS engine), with every page on every path it has as a route of its own
/// (<c>home@native</c>, <c>home@legacy</c>, …) above a blank start page.</summary>
/// <remarks>A cycle starts on the start page alone, visits each route (navigate, arrow keys, back) and ends where it began.</remarks>
internal sealed class SoakApp : IDisposable
{
    private const string Start = "start";
    private static readonly KeyName[] Keys = [KeyName.Right, KeyName.Down, KeyName.Left, KeyName.Up];
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-soak-").FullName;
    private readonly BridgeApp _app;
    private readonly AppHost _host;
    private readonly LegacySide _legacy;
    private readonly List<(string Route, PageParams Params)> _visits = [];

    public SoakApp(JsEngineKind engine)
    {
        Engine = engine;
        var log = Serilog.Core.Logger.None;
        var builder = BridgeApp.CreateBuilder([]);
        builder.Pages.AddDemoPages();
        builder.Pages.Add("Blank", _ => View(testId: "blank"));
        builder.Services.AddDemoServices();
        // A generous handler timeout: the soak looks for leaks, and a page slow on a loaded machine must not count as a hang.
        builder.AddLegacyPages(options => options with { HandlerTimeout = TimeSpan.FromSeconds(20) });
        _app = builder.Build();
        var pages = new List<string> { $"\"{Start}\": {{\"native\": \"Blank\", \"live\": \"native\"}}" };
        var title = PageParams.Of("id", "t001");
        foreach (var (page, native, parameters) in new (string, string?, PageParams)[]
        {
            ("home", HomePage.Name, PageParams.Empty), ("details", DetailsPage.Name, title), ("search", SearchPage.Name, PageParams.Empty),
            ("settings", null, PageParams.Empty), ("player", null, title),
        })
        {
            if (native is not null)
            {
                pages.Add($"\"{page}@native\": {{\"native\": \"{native}\", \"live\": \"native\"}}");
                _visits.Add((page + "@native", parameters));
            }
            pages.Add($"\"{page}@legacy\": {{\"legacy\": \"{page}\", \"live\": \"legacy\"}}");
            _visits.Add((page + "@legacy", parameters));
        }
        var manifest = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifest, $"{{\"start\": \"{Start}\", \"engine\": \"{JsEngineKinds.ToName(engine)}\", "
            + $"\"bundles\": [{System.Text.Json.JsonSerializer.Serialize(BridgeProcess.DemoBundle)}], \"pages\": {{{string.Join(", ", pages)}}}}}");
        _host = AppHost.Create(new HostOptions(new ScreenSize(1280, 720), "unpaced", "null", DemoApp.DefaultAssetCache()),
            _app.Services, _app.Pages, Manifest.Load(manifest, _app.Pages.Names), log);
        _legacy = (LegacySide)_host.Legacy!;
        _host.Router.Navigate(Start);
        Settle();
    }

    public JsEngineKind Engine { get; }

    /// <summary>Routes one cycle visits.</summary>
    public int RoutesPerCycle => _visits.Count;

    /// <summary>Every page fault of the legacy side so far.</summary>
    public IReadOnlyList<PageFault> Faults => _legacy.Faults;

    /// <summary>Every rollback so far.</summary>
    public IReadOnlyList<RollbackRecord> Rollbacks => _host.Router.Rollbacks;

    /// <summary>One cycle: each route in turn (navigate, the arrow keys, back), from the start page back to it.</summary>
    public void Cycle()
    {
        foreach (var (route, parameters) in _visits)
        {
            _host.Router.Navigate(route, parameters);
            Settle();
            foreach (var key in Keys)
            {
                Press(key);
                Settle();
            }
            _host.Router.Back();
            Settle();
            if (_host.Router.Stack.Count != 1)
            {
                throw new InvalidOperationException($"{route}: the stack holds {_host.Router.Stack.Count} pages after back, not the start page alone");
            }
        }
    }

    /// <summary>What the process and the JS runtime hold now, after a full garbage collection.</summary>
    public SoakSample Sample(int cycle, long navigations)
    {
        var engine = _legacy.Engine;
        engine.CollectGarbage();
        if (!engine.WaitForIdle(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("the JS runtime did not collect its heap within 30 s");
        }
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new SoakSample(cycle, navigations, Rss(Environment.ProcessId), engine.RuntimeProcessId is { } pid ? Rss(pid) : 0,
            GC.GetTotalMemory(false), _host.World.Ecs.Count, engine.Stats.JsHeapBytes, _host.Resources.TextureBytes, engine.Stats.Restarts);
    }

    private void Press(KeyName key) => _host.Input.Enqueue(key);

    /// <summary>Runs frames until no input, effect, resource, animation or JS work is pending (two quiet frames in a row).</summary>
    private void Settle()
    {
        var deadline = Stopwatch.GetTimestamp() + 30 * Stopwatch.Frequency;
        for (var quiet = 0; quiet < 2;)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"the app did not settle on {_host.Router.Current?.Page} within 30 s");
            }
            _host.RunFrame();
            var jsIdle = _legacy.WaitForIdle(TimeSpan.Zero);
            if (!_host.Loop.HasPendingWork && jsIdle)
            {
                quiet++;
                continue;
            }
            quiet = 0;
            if (!jsIdle && !_host.Loop.HasPendingWork)
            {
                _legacy.WaitForIdle(TimeSpan.FromMilliseconds(50));
            }
        }
    }

    private static long Rss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }

    public void Dispose()
    {
        _host.Dispose();
        _app.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>What the app holds at the start of a cycle.</summary>
/// <param name="Cycle">Cycles run before it.</param>
/// <param name="Navigations">Pages navigated to before it.</param>
/// <param name="RssBytes">Resident memory of the app's process.</param>
/// <param name="JsProcessRssBytes">Resident memory of the JS runtime's process (0 in process).</param>
/// <param name="ManagedBytes">The app's managed heap after a full collection.</param>
/// <param name="Entities">Live entities of the world.</param>
/// <param name="JsHeapBytes">The JS heap (V8's used heap; Jint: the managed heap of its process).</param>
/// <param name="TextureBytes">Texture memory held by loaded images.</param>
/// <param name="Restarts">JS runtimes started again so far.</param>
internal readonly record struct SoakSample(int Cycle, long Navigations, long RssBytes, long JsProcessRssBytes, long ManagedBytes,
    int Entities, long JsHeapBytes, long TextureBytes, long Restarts);
