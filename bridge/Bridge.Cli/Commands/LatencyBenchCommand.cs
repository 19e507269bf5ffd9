using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bridge.Cli.Running;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Routing;
using Bridge.Schema;
using Serilog;
using Spectre.Console;

namespace Bridge.Cli.Commands;

/// <summary>The <c>bench latency</c> verb: one page's keys, played on each of its paths (native, legacy on V8, legacy on
/// Jint) in rounds that take turns, until every path has the keys asked for; key → committed and key → present per path,
/// with the first key after a mount and the keys that change the page as rows of their own.</summary>
/// <remarks>A round is one run of the app with the page forced to one path: it opens the page, then plays blocks of
/// [open the page again, the script's keys, back]: the first key of a block is the first after a mount, its back is a
/// page-changing key. The paths take turns round by round (the order rotates), so they meet the same machine load; one
/// unrecorded round per path comes first.</remarks>
internal static class LatencyBenchCommand
{
    /// <summary>The kinds of keys reported apart.</summary>
    private enum KeyKind : byte
    {
        Warm,
        FirstAfterMount,
        PageChanging,
    }

    public static Command Create(BridgeApp app)
    {
        var common = new RunOptions(app);
        var page = new Option<string>("--page") { Description = "The page to measure", Required = true };
        var keys = new Option<int>("--keys") { Description = "Warm keys to record per path (p99 needs 1,000)", DefaultValueFactory = _ => 1000 };
        var block = new Option<int>("--round-keys") { Description = "Keys per round, before the next path takes its turn", DefaultValueFactory = _ => 200 };
        var paths = new Option<string[]>("--paths")
        {
            Description = "Paths to measure: native, legacy-v8, legacy-jint (default: those the page has)",
            AllowMultipleArgumentsPerToken = true,
        };
        paths.AcceptOnlyFromAmong("native", "legacy-v8", "legacy-jint");
        foreach (var option in new[] { keys, block })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{result.Option.Name} must be at least 1");
                }
            });
        }
        var command = new Command("latency",
            "Play one page's script on each of its paths in alternating rounds until each has --keys keys; print key → committed and "
            + "key → present p50 / p99 / p99.9 with sample counts, first keys after a mount and page-changing keys apart, and the stages; "
            + "write bench-latency.json") { page, keys, block, paths };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var request = common.Read(parse);
            var name = parse.GetValue(page)!;
            var output = parse.InvocationConfiguration.Output;
            var plan = RunSession.Plan(app, request);
            if (!plan.Manifest.TryGetPage(name, out var route))
            {
                throw new AppStartException($"{plan.Manifest.Path}: --page {name}: the manifest has no such page (pages: {string.Join(", ", plan.Manifest.Pages.Select(p => p.Name))})");
            }
            var sides = Sides(parse.GetValue(paths), route.ToRoute(), plan.Manifest, name);
            var navigate = plan.Script.Steps.OfType<NavigateStep>().FirstOrDefault(s => s.Page == name)
                ?? throw new AppStartException($"{plan.Script.Source}: the script never opens {name}; give the page's script (--script)");
            var body = plan.Script.Steps.Where(s => s is KeyStep or IdleStep or WaitStep).ToList();
            if (!body.OfType<KeyStep>().Any())
            {
                throw new AppStartException($"{plan.Script.Source}: the script presses no key");
            }
            var (script, kinds) = Rounds(plan.Script, navigate, body, parse.GetValue(block));
            foreach (var side in sides)
            {
                AppHost.Check(app.Services, app.Pages, side.Manifest, routes => routes.WithOnly(name, side.Path));
            }

            using var folder = OutputFolder.Acquire(request.Out);
            using var signal = new StopSignal();
            var scratch = Directory.CreateTempSubdirectory("bridge-bench-latency-").FullName;
            try
            {
                var wanted = parse.GetValue(keys);
                var round = 0;
                for (; !signal.Token.IsCancellationRequested && (round == 0 || sides.Any(s => s.Count(KeyKind.Warm) < wanted)); round++)
                {
                    for (var i = 0; i < sides.Count && !signal.Token.IsCancellationRequested; i++)
                    {
                        var side = sides[(i + round) % sides.Count];
                        var recorder = new LatencyRecorder(Stopwatch.Frequency);
                        RunSession.Run(app, plan with { Request = request with { Out = scratch, Metrics = [] }, Script = script, Manifest = side.Manifest },
                            Log.Logger, TextWriter.Null, routes => routes.WithOnly(name, side.Path), writeReport: false, latency: recorder, stop: signal.Token);
                        if (round > 0)
                        {
                            side.Add(recorder, kinds);
                        }
                    }
                    if (round > 0)
                    {
                        output.WriteLine($"round {round}: " + string.Join(", ", sides.Select(s => $"{s.Name} {s.Count(KeyKind.Warm)} keys")));
                    }
                }
                Print(name, sides, request.Pace, output);
                var file = Path.Combine(request.Out, "bench-latency.json");
                AtomicFile.WriteAllText(file, Json(name, request, round - 1, sides));
                output.WriteLine($"wrote {file}");
                return signal.Token.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        });
        return command;
    }

    // One recorded round: the page opened once, then blocks of [open it again, the script's keys, back] until the round has
    // its keys; the kind of every key event in order.
    private static (Script Script, List<KeyKind> Kinds) Rounds(Script script, NavigateStep navigate, List<ScriptStep> body, int roundKeys)
    {
        var steps = new List<ScriptStep> { navigate, new IdleStep(0) };
        var kinds = new List<KeyKind>();
        while (kinds.Count < roundKeys)
        {
            steps.Add(navigate);
            steps.Add(new IdleStep(0));
            var first = true;
            foreach (var step in body)
            {
                steps.Add(step);
                if (step is KeyStep key)
                {
                    for (var i = 0; i < key.Repeat; i++)
                    {
                        kinds.Add(first ? KeyKind.FirstAfterMount : KeyKind.Warm);
                        first = false;
                    }
                }
            }
            steps.Add(new IdleStep(0));
            steps.Add(new KeyStep(0, KeyName.Back, 1));
            steps.Add(new IdleStep(0));
            kinds.Add(KeyKind.PageChanging);
        }
        return (script.WithSteps($"{script.Source} (bench rounds of {navigate.Page})", steps), kinds);
    }

    private static List<Side> Sides(string[]? asked, PageRoute route, Manifest manifest, string page)
    {
        var names = asked is { Length: > 0 } ? asked.Distinct().ToList() : DefaultSides(route);
        var sides = new List<Side>();
        foreach (var n in names)
        {
            var (path, engine) = n switch
            {
                "native" => (PagePath.Native, (JsEngineKind?)null),
                "legacy-jint" => (PagePath.Legacy, JsEngineKind.Jint),
                _ => (PagePath.Legacy, JsEngineKind.V8),
            };
            if (!route.Supports(path))
            {
                throw new AppStartException($"{manifest.Path}: pages.{page} has no {PagePaths.ToName(path)} implementation to measure ({n})");
            }
            sides.Add(new Side(n, path, engine is { } e ? manifest.WithEngine(e) : manifest));
        }
        return sides;
    }

    private static List<string> DefaultSides(PageRoute route)
    {
        var names = new List<string>();
        if (route.Supports(PagePath.Native))
        {
            names.Add("native");
        }
        if (route.Supports(PagePath.Legacy))
        {
            names.AddRange(["legacy-v8", "legacy-jint"]);
        }
        return names;
    }

    private static void Print(string page, List<Side> sides, string pace, TextWriter output)
    {
        var table = new Table().AddColumns("path", "keys", "n", "committed p50", "p99", "p99.9", "max", $"present p50 ({pace})", "p99", "p99.9", "max");
        foreach (var side in sides)
        {
            foreach (var kind in new[] { KeyKind.Warm, KeyKind.FirstAfterMount, KeyKind.PageChanging })
            {
                var c = side.Summary(kind, present: false);
                var p = side.Summary(kind, present: true);
                table.AddRow(side.Name, KindName(kind), $"{c.Count}", Ms(c.P50), Pct(c, 0.99), Pct(c, 0.999), Ms(c.Max),
                    Ms(p.P50), Pct(p, 0.99), Pct(p, 0.999), Ms(p.Max));
            }
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        output.WriteLine($"{page}: key → committed and key → present (ms); a percentile needs 10 samples beyond it (p99: 1,000; p99.9: 10,000), '-' below that");
        console.Write(table);
        var floor = new Table().AddColumns("path", "n", "JS p50", "p99", "max", "committed beyond JS p50", "p99", "max", "frame p50", "p99", "max");
        foreach (var side in sides)
        {
            var js = side.WarmSummary(Warm.Js);
            var beyond = side.WarmSummary(Warm.BeyondJs);
            var frame = side.WarmSummary(Warm.Frame);
            floor.AddRow(side.Name, $"{beyond.Count}", Ms(js.P50), Pct(js, 0.99), Ms(js.Max), Ms(beyond.P50), Pct(beyond, 0.99), Ms(beyond.Max),
                Ms(frame.P50), Pct(frame, 0.99), Ms(frame.Max));
        }
        output.WriteLine("warm keys: JS's time on each (0 on the native path), key → committed less that time (the bus, the host and the wait for a frame), "
            + "and the frame that committed them, start to present (the floor under key → present)");
        console.Write(floor);
        var stages = new Table().AddColumns(["path", "", .. Enum.GetValues<LatencyStage>().Select(LatencyStages.ToName)]);
        foreach (var side in sides)
        {
            stages.AddRow([side.Name, "p50", .. Enum.GetValues<LatencyStage>().Select(s => Ms(side.Stage(s).P50))]);
            stages.AddRow([side.Name, "p99", .. Enum.GetValues<LatencyStage>().Select(s => Pct(side.Stage(s), 0.99))]);
        }
        output.WriteLine("stages of warm keys (ms): handler is the host's part (on a legacy page: the wait for the frame that takes the key, routing it, "
            + "and the hand-offs between the UI thread and the JS runtime); bus-encode, js and bus-decode are the legacy path's own");
        console.Write(stages);
    }

    private static string Json(string page, RunRequest request, int rounds, List<Side> sides) =>
        JsonSerializer.Serialize(new
        {
            page,
            pace = request.Pace,
            backend = request.Backend,
            redraw = request.DamageRedraw ? "damage" : "full",
            rounds,
            paths = sides.Select(s => new
            {
                path = s.Name,
                rows = new[] { KeyKind.Warm, KeyKind.FirstAfterMount, KeyKind.PageChanging }.Select(k => new
                {
                    keys = KindName(k),
                    committed = Row(s.Summary(k, present: false)),
                    present = Row(s.Summary(k, present: true)),
                }),
                warm = new
                {
                    js = Row(s.WarmSummary(Warm.Js)),
                    committedBeyondJs = Row(s.WarmSummary(Warm.BeyondJs)),
                    frame = Row(s.WarmSummary(Warm.Frame)),
                },
                stagesP50 = Enum.GetValues<LatencyStage>().ToDictionary(LatencyStages.ToName, st => s.Stage(st).P50),
                stagesP99 = Enum.GetValues<LatencyStage>().ToDictionary(LatencyStages.ToName, st => s.Stage(st) is { Count: >= LatencySummary.MinimumForP99 } x ? x.P99 : (double?)null),
            }),
        }, new JsonSerializerOptions { WriteIndented = true });

    private static object Row(Summary s) => new
    {
        samples = s.Count,
        p50 = s.P50,
        p99 = s.Count >= LatencySummary.MinimumForP99 ? s.P99 : (double?)null,
        p999 = s.Count >= 10_000 ? s.P999 : (double?)null,
        max = s.Max,
    };

    private static string KindName(KeyKind kind) => kind switch
    {
        KeyKind.FirstAfterMount => "first after mount",
        KeyKind.PageChanging => "page-changing",
        _ => "warm",
    };

    private static string Ms(double ms) => double.IsNaN(ms) ? "-" : ms.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Pct(Summary s, double percentile) =>
        s.Count * (1 - percentile) < 10 ? "-" : Ms(percentile >= 0.999 ? s.P999 : s.P99);

    private readonly record struct Summary(int Count, double P50, double P99, double P999, double Max)
    {
        // Nearest rank.
        public static Summary Of(IEnumerable<double> samples)
        {
            var values = samples.Where(v => !double.IsNaN(v)).Order().ToArray();
            return values.Length == 0
                ? new Summary(0, double.NaN, double.NaN, double.NaN, double.NaN)
                : new Summary(values.Length, At(values, 0.5), At(values, 0.99), At(values, 0.999), values[^1]);
        }

        private static double At(double[] sorted, double percentile) =>
            sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Figures of warm keys beside their latency.</summary>
    private enum Warm : byte
    {
        /// <summary>JS's time on the key.</summary>
        Js,

        /// <summary>Key → committed less JS's time.</summary>
        BeyondJs,

        /// <summary>The committing frame, start to present.</summary>
        Frame,
    }

    /// <summary>One path's samples, by kind of key.</summary>
    private sealed class Side(string name, PagePath path, Manifest manifest)
    {
        private readonly Dictionary<KeyKind, (List<double> Committed, List<double> Present)> _samples = new()
        {
            [KeyKind.Warm] = ([], []),
            [KeyKind.FirstAfterMount] = ([], []),
            [KeyKind.PageChanging] = ([], []),
        };
        private readonly Dictionary<LatencyStage, List<double>> _stages = Enum.GetValues<LatencyStage>().ToDictionary(s => s, _ => new List<double>());
        private readonly Dictionary<Warm, List<double>> _warm = Enum.GetValues<Warm>().ToDictionary(s => s, _ => new List<double>());

        public string Name => name;

        public PagePath Path => path;

        public Manifest Manifest => manifest;

        public int Count(KeyKind kind) => _samples[kind].Committed.Count;

        public void Add(LatencyRecorder recorder, List<KeyKind> kinds)
        {
            var events = recorder.Events;
            if (events.Length != kinds.Count)
            {
                throw new InvalidOperationException($"{name}: the round recorded {events.Length} keys, its script sent {kinds.Count}");
            }
            for (var i = 0; i < events.Length; i++)
            {
                ref readonly var e = ref events[i];
                var (committed, present) = _samples[kinds[i]];
                committed.Add(e.CommittedMs);
                present.Add(e.PresentMs);
                if (kinds[i] == KeyKind.Warm)
                {
                    var stages = e.Stages;
                    foreach (var stage in Enum.GetValues<LatencyStage>())
                    {
                        _stages[stage].Add(stages[(int)stage]);
                    }
                    var js = stages[(int)LatencyStage.Js];
                    _warm[Warm.Js].Add(js);
                    _warm[Warm.BeyondJs].Add(e.CommittedMs - js);
                    _warm[Warm.Frame].Add(e.FrameMs);
                }
            }
        }

        public Summary Summary(KeyKind kind, bool present) => LatencyBenchCommand.Summary.Of(present ? _samples[kind].Present : _samples[kind].Committed);

        public Summary Stage(LatencyStage stage) => LatencyBenchCommand.Summary.Of(_stages[stage]);

        public Summary WarmSummary(Warm figure) => LatencyBenchCommand.Summary.Of(_warm[figure]);
    }
}
