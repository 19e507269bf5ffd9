using System.CommandLine;
using Bridge.App;
using Bridge.Cli.Running;
using Bridge.Host;
using Bridge.Migration;
using Serilog;

namespace Bridge.Cli.Commands;

/// <summary>The <c>bridge run</c> verb: plays an input script on the app headless and writes the report.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var common = new RunOptions();
        var command = new Command("run", "Run the app headless, play an input script, write report.json, report.html, screenshots and tree dumps. With no arguments: the demo app and its default script.");
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var request = common.Read(parse);
            var outcome = RunSession.Run(request, Log.Logger, parse.InvocationConfiguration.Output);
            var output = parse.InvocationConfiguration.Output;
            RunSession.PrintLatency(outcome.Latency, output, request.Pace);
            var accounting = outcome.Latency.Account();
            output.WriteLine($"{accounting.Events} key events, {accounting.Presented} presented, {accounting.Missing.Count} unaccounted; " +
                             $"first frame {outcome.FirstFrameMs:0} ms after process start; rollbacks: {outcome.Report.Rollbacks.Count}");
            output.WriteLine($"wrote {Path.Combine(request.Out, ReportWriter.JsonFile)}, {Path.Combine(request.Out, ReportWriter.HtmlFile)} and {outcome.Report.Screenshots.Count} screenshots");
            return accounting.Missing.Count == 0 ? 0 : 1;
        });
        return command;
    }
}

/// <summary>The options <c>run</c> and <c>compare</c> share, with the demo app as default.</summary>
internal sealed class RunOptions
{
    private readonly Option<string> _manifest = new("--manifest") { Description = "Migration manifest (default: the demo app's)" };
    private readonly Option<string> _script = new("--script") { Description = "Input script (default: the demo's)" };
    private readonly Option<string> _out = new("--out") { Description = "Output directory", DefaultValueFactory = _ => "out" };
    private readonly Option<string?> _engine = new("--engine") { Description = "JS engine for legacy pages: v8 or jint (default: the manifest's)" };
    private readonly Option<string?> _size = new("--size") { Description = "Viewport WxH (default: the script's)" };
    private readonly Option<string> _pace = new("--pace") { Description = "vsync (60 Hz) or unpaced", DefaultValueFactory = _ => "vsync" };
    private readonly Option<string> _backend = new("--backend") { Description = "gles (OpenGL ES through EGL) or null (no pixels)", DefaultValueFactory = _ => "gles" };
    private readonly Option<bool> _focusDebug = new("--focus-debug")
    {
        Description = "Draw the focus debug overlay: focusable boxes, the focused node, the last navigation's candidates with scores and its choice (screenshots show it; tree dumps do not). A script step {\"debug\":\"focus\"} or {\"debug\":\"none\"} switches it mid-run",
    };

    private readonly Option<string> _pageTransition = new("--page-transition")
    {
        Description = "Motion of a page change: none, fade or slide (forward slides left, back slides right)",
        DefaultValueFactory = _ => "none",
    };

    private readonly Option<string[]> _metrics = new("--metrics")
    {
        Description = "Export latency histograms, frame times, rollbacks and errors through OpenTelemetry: prometheus=HOST:PORT serves a scrape endpoint at /metrics, otlp=URL pushes to a collector (repeatable)",
    };

    private readonly Option<double> _metricsHold = new("--metrics-hold")
    {
        Description = "Seconds to keep the metrics endpoints up after the script, so a collector sees the last values",
    };

    public void AddTo(Command command)
    {
        _pageTransition.AcceptOnlyFromAmong("none", "fade", "slide");
        _engine.AcceptOnlyFromAmong("v8", "jint");
        _pace.AcceptOnlyFromAmong("vsync", "unpaced");
        _backend.AcceptOnlyFromAmong("gles", "null");
        foreach (var option in new Option[] { _manifest, _script, _out, _engine, _size, _pace, _backend, _focusDebug, _pageTransition, _metrics, _metricsHold })
        {
            command.Options.Add(option);
        }
    }

    public RunRequest Read(ParseResult parse)
    {
        var engine = parse.GetValue(_engine) switch
        {
            "jint" => JsEngineKind.Jint,
            "v8" => JsEngineKind.V8,
            _ => (JsEngineKind?)null,
        };
        var size = parse.GetValue(_size) is { } s ? ScreenSize.Parse(s) : (ScreenSize?)null;
        return new RunRequest(
            parse.GetValue(_manifest) ?? DemoApp.ManifestPath(),
            parse.GetValue(_script) ?? DemoApp.ScriptPath(),
            Path.GetFullPath(parse.GetValue(_out)!),
            engine, size, parse.GetValue(_pace)!, parse.GetValue(_backend)!, parse.GetValue(_focusDebug),
            HostOptions.ParsePageTransition(parse.GetValue(_pageTransition)!))
        {
            Metrics = parse.GetValue(_metrics) ?? [],
            MetricsHold = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(_metricsHold))),
        };
    }
}
