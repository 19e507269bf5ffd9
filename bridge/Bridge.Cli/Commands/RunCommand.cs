using System.CommandLine;
using Bridge.Cli.Running;
using Bridge.Host;
using Bridge.Migration;
using Serilog;

namespace Bridge.Cli.Commands;

/// <summary>The <c>run</c> verb: plays an input script on the app headless (or in a window, then live) and writes the report.</summary>
internal static class RunCommand
{
    public static Command Create(BridgeApp app)
    {
        var common = new RunOptions(app);
        var command = new Command("run", "Run the app headless, play an input script, write report.json, report.html, screenshots and tree dumps. With no arguments: the app's manifest and default script.");
        var window = new Option<bool>("--window")
        {
            Description = "Show the app in a desktop window (OpenGL ES, paced to the display) whose keyboard is the remote: arrows, Enter = select, Backspace/Escape = back. Plays --script if given, else opens the start page; then runs live until the window is closed (or Ctrl-C) and writes the report, with the last frame as window.png and window.tree.json",
        };
        common.AddTo(command);
        command.Options.Add(window);
        command.Validators.Add(result =>
        {
            if (result.GetValue(window) && common.HeadlessOnly(result) is { } option)
            {
                result.AddError($"--window cannot be combined with {option}");
            }
        });
        command.SetAction(parse =>
        {
            var live = parse.GetValue(window);
            var request = common.Read(parse) with { Window = live, PlayScript = !live || common.ScriptGiven(parse) };
            var output = parse.InvocationConfiguration.Output;
            var plan = RunSession.Plan(app, request);
            using var folder = OutputFolder.Acquire(request.Out);
            using var signal = new StopSignal();
            var outcome = RunSession.Run(app, plan, Log.Logger, output, stop: signal.Token);
            RunSession.PrintLatency(outcome.Latency, output, request.Pace);
            var accounting = outcome.Latency.Account();
            output.WriteLine($"{accounting.Events} key events, {accounting.Presented} presented, {accounting.Missing.Count} unaccounted; " +
                             $"first frame {outcome.FirstFrameMs:0} ms after process start; rollbacks: {outcome.Report.Rollbacks.Count}; errors: {outcome.Report.Errors.Count}");
            output.WriteLine($"wrote {Path.Combine(request.Out, ReportWriter.JsonFile)}, {Path.Combine(request.Out, ReportWriter.HtmlFile)} and {outcome.Report.Screenshots.Count} screenshots");
            return Verdict(app, "run", outcome.Report, request.FailOn, accounting.Missing.Count, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>The exit code of a finished run, with one line on stderr saying why when it is not 0.</summary>
    internal static int Verdict(BridgeApp app, string verb, RunReport report, FailOn failOn, int unaccounted, TextWriter error)
    {
        if (report.Interrupted)
        {
            error.WriteLine($"{app.Options.Name} {verb}: interrupted; the report covers the steps played so far");
            return ExitCodes.Interrupted;
        }
        if (FailOnPolicy.Failure(failOn, report.Errors, report.Rollbacks) is { } failure)
        {
            error.WriteLine($"{app.Options.Name} {verb}: {failure}");
            return ExitCodes.Failed;
        }
        if (unaccounted > 0)
        {
            error.WriteLine($"{app.Options.Name} {verb}: {unaccounted} key events were never presented");
            return ExitCodes.Failed;
        }
        return ExitCodes.Ok;
    }
}

/// <summary>The options <c>run</c> and <c>compare</c> share, with the app's manifest and script as defaults.</summary>
internal sealed class RunOptions(BridgeApp app)
{
    private readonly Option<string> _manifest = new("--manifest") { Description = $"Migration manifest (default: the app's, {app.Options.Manifest})" };
    private readonly Option<string> _script = new("--script") { Description = $"Input script (default: the app's, {app.Options.Script})" };
    private readonly Option<string> _out = new("--out") { Description = "Output directory", DefaultValueFactory = _ => "out" };
    private readonly Option<string?> _engine = new("--engine") { Description = "JS engine for legacy pages: v8 or jint (default: the manifest's)" };
    private readonly Option<string?> _size = new("--size") { Description = "Viewport WxH, e.g. 1280x720 (default: the script's)" };
    private readonly Option<string> _pace = new("--pace") { Description = "vsync (60 Hz), unpaced (a frame as soon as there is work) or stepped (a virtual 60 Hz clock that waits for decodes and JS before each frame: the same script gives the same pictures on any machine)", DefaultValueFactory = _ => "vsync" };
    private readonly Option<string> _backend = new("--backend") { Description = "gles (OpenGL ES through EGL) or null (no pixels)", DefaultValueFactory = _ => "gles" };
    private readonly Option<string> _redraw = new("--redraw")
    {
        Description = "damage (a frame redraws only where it changed, the default) or full (every frame drawn whole, to compare)",
        DefaultValueFactory = _ => "damage",
    };
    private readonly Option<bool> _focusDebug = new("--focus-debug")
    {
        Description = "Draw the focus debug overlay: focusable boxes, the focused node, the last navigation's candidates with scores and its choice (screenshots show it; tree dumps do not). A script step {\"debug\":\"focus\"} or {\"debug\":\"none\"} switches it mid-run",
    };

    private readonly Option<string> _pageTransition = new("--page-transition")
    {
        Description = "Motion of a page change: none, fade or slide (forward slides left, back slides right)",
        DefaultValueFactory = _ => "none",
    };

    private readonly Option<string> _failOn = new("--fail-on")
    {
        Description = "What makes the run exit 1: error (a page threw, a JS error, a rejected batch or a rollback), rollback (only a rollback) or never",
        DefaultValueFactory = _ => "error",
    };

    private readonly Option<string[]> _metrics = new("--metrics")
    {
        Description = "Export latency histograms, frame times, rollbacks and errors through OpenTelemetry: prometheus=HOST:PORT serves a scrape endpoint at /metrics, otlp=URL pushes to a collector (repeatable; the app needs builder.AddTelemetry())",
    };

    private readonly Option<double> _metricsHold = new("--metrics-hold")
    {
        Description = "Seconds to keep the metrics endpoints up after the script, so a collector sees the last values",
    };

    public void AddTo(Command command)
    {
        _pageTransition.AcceptOnlyFromAmong("none", "fade", "slide");
        _engine.AcceptOnlyFromAmong("v8", "jint");
        _pace.AcceptOnlyFromAmong("vsync", "unpaced", "stepped");
        _backend.AcceptOnlyFromAmong("gles", "null");
        _redraw.AcceptOnlyFromAmong("damage", "full");
        _failOn.AcceptOnlyFromAmong("error", "rollback", "never");
        _size.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            try
            {
                ScreenSize.Parse(text!);
            }
            catch (FormatException e)
            {
                result.AddError($"--size: {e.Message}");
            }
        });
        foreach (var option in new Option[] { _manifest, _script, _out, _engine, _size, _pace, _backend, _redraw, _focusDebug, _pageTransition, _failOn, _metrics, _metricsHold })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>True when <c>--script</c> was given.</summary>
    public bool ScriptGiven(ParseResult parse) => parse.GetValue(_script) is not null;

    /// <summary>The option given that only makes sense headless (<c>--backend null</c>, <c>--pace unpaced</c> or <c>stepped</c>), or null.</summary>
    public string? HeadlessOnly(System.CommandLine.Parsing.CommandResult result) =>
        result.GetValue(_backend) == "null" ? "--backend null" : result.GetValue(_pace) is "unpaced" or "stepped" ? $"--pace {result.GetValue(_pace)}" : null;

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
            parse.GetValue(_manifest) is { } manifest ? Path.GetFullPath(manifest) : app.Options.Resolve(app.Options.Manifest),
            parse.GetValue(_script) is { } script ? Path.GetFullPath(script) : app.Options.Resolve(app.Options.Script),
            Path.GetFullPath(parse.GetValue(_out)!),
            engine, size, parse.GetValue(_pace)!, parse.GetValue(_backend)!, parse.GetValue(_focusDebug),
            HostOptions.ParsePageTransition(parse.GetValue(_pageTransition)!),
            FailOnPolicy.Parse(parse.GetValue(_failOn)!))
        {
            Metrics = parse.GetValue(_metrics) ?? [],
            MetricsHold = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(_metricsHold))),
            DamageRedraw = parse.GetValue(_redraw) != "full",
        };
    }
}
