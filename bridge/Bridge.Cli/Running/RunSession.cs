using System.Diagnostics;
using Bridge.Host;
using Bridge.Interaction.Animation;
using Bridge.Migration;
using Bridge.Routing;
using Serilog;
using Spectre.Console;

namespace Bridge.Cli.Running;

/// <summary>What <c>bridge run</c> was asked to do.</summary>
internal sealed record RunRequest(string Manifest, string Script, string Out, JsEngineKind? Engine, ScreenSize? Size, string Pace, string Backend,
    bool FocusDebug, PageTransitionKind PageTransition = PageTransitionKind.None, FailOn FailOn = FailOn.Error)
{
    /// <summary>The <c>--metrics</c> endpoints (prometheus=HOST:PORT, otlp=URL); none exports nothing.</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];

    /// <summary>How long the metrics endpoints stay up after the script (<c>--metrics-hold</c>).</summary>
    public TimeSpan MetricsHold { get; init; }

    /// <summary>Whether frames redraw only what changed (<c>--redraw damage</c>, the default) or whole (<c>--redraw full</c>).</summary>
    public bool DamageRedraw { get; init; } = true;

    /// <summary>Show the app in a desktop window and keep it running live after the script (<c>--window</c>).</summary>
    public bool Window { get; init; }

    /// <summary>False when only the manifest's start page is opened instead of playing <see cref="Script"/> (a window run
    /// without <c>--script</c>).</summary>
    public bool PlayScript { get; init; } = true;
}

/// <summary>A run's inputs, read and checked before anything starts.</summary>
internal sealed record RunPlan(RunRequest Request, Script Script, Manifest Manifest);

/// <summary>The result of one run: its latency, report and the host's figures.</summary>
internal sealed record RunOutcome(LatencyRecorder Latency, RunReport Report, string Engine, double FirstFrameMs, double LegacyStartupMs);

/// <summary>One run of the app: its pages and services, the manifest's bundles in a JS engine when it has legacy pages,
/// the script, the report.</summary>
internal static class RunSession
{
    /// <summary>Reads the script and manifest and checks them against the app: every user mistake surfaces here, before a
    /// GL context or a JS engine starts.</summary>
    /// <exception cref="MigrationFileException">The script or manifest is missing or wrong.</exception>
    /// <exception cref="AppStartException">The manifest and the app do not fit together.</exception>
    public static RunPlan Plan(BridgeApp app, RunRequest request, Func<RouteTable, RouteTable>? routes = null)
    {
        if (request.Window)
        {
            LiveWindow.CheckDisplay();
        }
        var script = request.PlayScript ? Script.Load(request.Script) : null;
        var manifest = Manifest.Load(request.Manifest, app.Pages.Names);
        script ??= LiveWindow.StartScript(manifest);
        if (request.Engine is { } engine)
        {
            manifest = manifest.WithEngine(engine);
        }
        AppHost.Check(app.Services, app.Pages, manifest, routes);
        MetricsExport.Check(app.Services, request.Metrics);
        return new RunPlan(request, script, manifest);
    }

    public static RunOutcome Run(BridgeApp app, RunPlan plan, ILogger log, TextWriter progressOut, Func<RouteTable, RouteTable>? routes = null,
        bool pathSuffixes = false, bool writeReport = true, LatencyRecorder? latency = null, CancellationToken stop = default)
    {
        var started = DateTimeOffset.Now;
        var clock = Stopwatch.StartNew();
        var request = plan.Request;
        var size = request.Size ?? plan.Script.Size;
        var options = new HostOptions(size, request.Pace, request.Backend, app.Options.Resolve(app.Options.AssetsRoot))
        {
            FocusDebug = request.FocusDebug,
            PageTransition = request.PageTransition,
            Window = request.Window ? app.Options.Name : null,
            DamageRedraw = request.DamageRedraw,
        };
        StartupTimeline.Mark(log, "run planned");
        using var host = AppHost.Create(options, app.Services, app.Pages, plan.Manifest, log, routes);
        if (latency is not null)
        {
            host.Latency.Recorder = latency;
        }

        using var metrics = MetricsExport.Start(app.Services, host, request.Metrics, log);
        using var window = host.Window is { } w ? CancellationTokenSource.CreateLinkedTokenSource(stop, w.Closed) : null;
        var runner = new ScriptRunner(host, request.Out, log, line => progressOut.WriteLine(line))
        {
            PathSuffixes = pathSuffixes,
            Stop = window?.Token ?? stop,
        };
        runner.Run(plan.Script);
        if (window is not null && !runner.Interrupted)
        {
            LiveWindow.Run(host, runner, window.Token, progressOut, log);
        }

        var info = new RunInfo(plan.Manifest.Path, plan.Script.Source, host.EngineName, request.Pace, size, started, clock.Elapsed);
        var report = new RunReport(info, runner.Latency, host.Router.Rollbacks, runner.Screenshots)
        {
            Errors = host.Errors,
            Interrupted = runner.Interrupted,
        };
        if (writeReport)
        {
            ReportWriter.Write(report, request.Out);
        }
        if (report.Errors.Count > 0)
        {
            log.Warning("Pages reported {Count} errors; first: {First}", report.Errors.Count, report.Errors[0].Message);
        }
        metrics?.Hold(request.MetricsHold);
        return new RunOutcome(runner.Latency, report, host.EngineName, host.FirstFrameMs, host.Legacy?.StartupMs ?? 0);
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
            table.AddRow(g.Page, PagePaths.ToName(g.Path), g.Engine, $"{c.Count}", Ms(c.P50), P99(c), Ms(p.P50), P99(p), Ms(p.Max));
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = Math.Max(console.Profile.Width, 140);
        console.Write(table);
        output.WriteLine("p99 is shown from 1,000 keys on (fewer: see max); `bench latency` plays enough keys for one");
    }

    private static string Ms(double ms) => $"{ms:0.00} ms";

    // Under 1,000 samples a p99 is just the largest value or near it: the table says so instead of printing one.
    private static string P99(LatencySummary summary) => summary.HasP99 ? Ms(summary.P99) : "-";
}
