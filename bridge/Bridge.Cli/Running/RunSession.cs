using System.Diagnostics;
using Bridge.App;
using Bridge.App.Pages;
using Bridge.App.Posters;
using Bridge.Engine.Ecs;
using Bridge.Host;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;
using Bridge.Migration;
using Bridge.Routing;
using Serilog;
using Spectre.Console;

namespace Bridge.Cli.Running;

/// <summary>What <c>bridge run</c> was asked to do.</summary>
internal sealed record RunRequest(string Manifest, string Script, string Out, JsEngineKind? Engine, ScreenSize? Size, string Pace, string Backend,
    bool FocusDebug, Interaction.Animation.PageTransitionKind PageTransition = Interaction.Animation.PageTransitionKind.None)
{
    /// <summary>The <c>--metrics</c> endpoints (prometheus=HOST:PORT, otlp=URL); none exports nothing.</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];

    /// <summary>How long the metrics endpoints stay up after the script (<c>--metrics-hold</c>).</summary>
    public TimeSpan MetricsHold { get; init; }
}

/// <summary>The result of one run: its latency, report and the host's figures.</summary>
internal sealed record RunOutcome(LatencyRecorder Latency, RunReport Report, string Engine, double FirstFrameMs, double LegacyStartupMs);

/// <summary>One run of the app: the demo's native pages, the manifest's bundles in a JS engine, the script, the report.</summary>
internal static class RunSession
{
    public static RunOutcome Run(RunRequest request, ILogger log, TextWriter progressOut, Func<RouteTable, RouteTable>? routesOverride = null,
        bool pathSuffixes = false, bool writeReport = true, LatencyRecorder? latency = null)
    {
        var started = DateTimeOffset.Now;
        var clock = Stopwatch.StartNew();
        var script = Script.Load(request.Script);
        var size = request.Size ?? script.Size;
        var assets = AssetPaths.DefaultCacheRoot();
        var demo = new DemoApp();
        // The poster cache is checked (or filled) while the host starts: the GL context and fonts do not need it.
        var preparing = Task.Run(() => demo.PrepareAssets(assets, log));

        using var host = new AppHost(new HostOptions(size, request.Pace, request.Backend, assets) { FocusDebug = request.FocusDebug, PageTransition = request.PageTransition }, log);
        demo.RegisterNativePages(host.Natives, host.Composer,
            (root, context) => new DemoPageContext(host.World, EntityIds.Unpack(root.Id), demo.Data, context.Navigator));
        var manifest = Manifest.Load(request.Manifest, host.Natives);
        if (request.Engine is { } engine)
        {
            manifest = manifest.WithEngine(engine);
        }
        var routes = manifest.ToRouteTable();
        if (routesOverride is not null)
        {
            routes = routesOverride(routes);
        }
        var engineName = "none";
        double legacyStartup = 0;
        if (!routes.IsNativeOnly)
        {
            var legacy = StartLegacy(manifest, demo, host, log);
            engineName = legacy.EngineName;
            legacyStartup = legacy.StartupMs;
            host.PlugLegacy(legacy);
        }
        var posters = preparing.GetAwaiter().GetResult();
        log.Information("Posters: {Written} written, {Skipped} already there ({Ms:0} ms)", posters.Written, posters.Skipped, posters.Elapsed.TotalMilliseconds);
        host.Start(routes);

        var runner = new ScriptRunner(host, request.Out, log, line => progressOut.WriteLine(line), latency) { PathSuffixes = pathSuffixes };
        using var monitor = new HostMonitor(host);
        using var telemetry = Telemetry.HostTelemetry.Start(request.Metrics, runner.Latency, monitor, log);
        runner.Run(script);

        var info = new RunInfo(manifest.Path, script.Source, engineName, request.Pace, size, started, clock.Elapsed);
        var report = new RunReport(info, runner.Latency, host.Router.Rollbacks, runner.Screenshots) { Errors = monitor.Errors };
        if (writeReport)
        {
            ReportWriter.Write(report, request.Out);
        }
        if (host.Legacy is { Errors.Count: > 0 } side)
        {
            log.Warning("Legacy pages reported {Count} errors; first: {First}", side.Errors.Count, side.Errors[0]);
        }
        telemetry?.Hold(request.MetricsHold);
        return new RunOutcome(runner.Latency, report, engineName, runner.FirstFrameMs, legacyStartup);
    }

    private static LegacySide StartLegacy(Manifest manifest, DemoApp demo, AppHost host, ILogger log)
    {
        var bundles = manifest.Bundles.Select(LegacyBundle.FromFile).ToList();
        var options = new LegacyEngineOptions { Logger = log, DataService = demo.Data };
        return LegacySide.Start(bundles, manifest.Engine, options, host.World, log);
    }

    /// <summary>Prints key → committed and key → present per page × path × engine.</summary>
    public static void PrintLatency(LatencyRecorder latency, TextWriter output, string pace)
    {
        var table = new Table().AddColumns("page", "path", "engine", "keys",
            "key→committed p50", "p99", $"key→present p50 ({pace})", "p99", "max");
        foreach (var g in latency.Groups.OrderBy(g => g.Page, StringComparer.Ordinal).ThenBy(g => g.Path))
        {
            var c = g.CommittedSummary;
            var p = g.PresentSummary;
            table.AddRow(g.Page, PagePaths.ToName(g.Path), g.Engine, $"{c.Count}", Ms(c.P50), Ms(c.P99), Ms(p.P50), Ms(p.P99), Ms(p.Max));
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = Math.Max(console.Profile.Width, 140);
        console.Write(table);
    }

    private static string Ms(double ms) => $"{ms:0.00} ms";
}
