using System.CommandLine;
using System.Text.Json;
using Bridge.Cli.Running;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Routing;
using Spectre.Console;

namespace Bridge.Cli.Commands;

/// <summary>The <c>bench latency</c> verb: one page's keys, played on each of its paths (native, legacy on V8, legacy on
/// Jint) in rounds that take turns (<see cref="LatencySampler"/>), until every path has the keys asked for; key → committed
/// and key → present per path, with the first key after a mount and the keys that change the page as rows of their own.</summary>
/// <remarks>One unrecorded round per path comes first.</remarks>
internal static class LatencyBenchCommand
{
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
        LatencySampler.RequireAtLeastOne(keys, block);
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
            var sampler = LatencySampler.For(plan.Script, name, parse.GetValue(block));
            foreach (var side in sides)
            {
                AppHost.Check(app.Services, app.Pages, side.Manifest, routes => routes.WithOnly(name, side.Path));
            }

            using var folder = OutputFolder.Acquire(request.Out);
            using var signal = new StopSignal();
            var rounds = sampler.Sample(app, plan, sides, (routes, path) => routes.WithOnly(name, path), parse.GetValue(keys), warmUp: true,
                output, signal.Token);
            Print(name, sides, request.Pace, output);
            var file = Path.Combine(request.Out, "bench-latency.json");
            AtomicFile.WriteAllText(file, Json(name, request, rounds, sides));
            output.WriteLine($"wrote {file}");
            return signal.Token.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
        });
        return command;
    }

    private static List<LatencySide> Sides(string[]? asked, PageRoute route, Manifest manifest, string page)
    {
        var names = asked is { Length: > 0 } ? asked.Distinct().ToList() : DefaultSides(route);
        var sides = new List<LatencySide>();
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
            sides.Add(new LatencySide(n, path, engine is { } e ? manifest.WithEngine(e) : manifest));
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

    private static void Print(string page, List<LatencySide> sides, string pace, TextWriter output)
    {
        LatencySampler.PrintKeys(page, sides, pace, output);
        var console = LatencySampler.Wide(output);
        var floor = new Table().AddColumns("path", "n", "JS p50", "p99", "max", "committed beyond JS p50", "p99", "max", "frame p50", "p99", "max");
        foreach (var side in sides)
        {
            var js = side.WarmSummary(WarmFigure.Js);
            var beyond = side.WarmSummary(WarmFigure.BeyondJs);
            var frame = side.WarmSummary(WarmFigure.Frame);
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

    private static string Json(string page, RunRequest request, int rounds, List<LatencySide> sides) =>
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
                rows = Enum.GetValues<LatencyKeyKind>().Select(k => new
                {
                    keys = LatencySampler.KindName(k),
                    committed = Row(s.Summary(k, present: false)),
                    present = Row(s.Summary(k, present: true)),
                }),
                warm = new
                {
                    js = Row(s.WarmSummary(WarmFigure.Js)),
                    committedBeyondJs = Row(s.WarmSummary(WarmFigure.BeyondJs)),
                    frame = Row(s.WarmSummary(WarmFigure.Frame)),
                },
                stagesP50 = Enum.GetValues<LatencyStage>().ToDictionary(LatencyStages.ToName, st => s.Stage(st).P50),
                stagesP99 = Enum.GetValues<LatencyStage>().ToDictionary(LatencyStages.ToName, st => s.Stage(st) is { Count: >= LatencySummary.MinimumForP99 } x ? x.P99 : (double?)null),
            }),
        }, new JsonSerializerOptions { WriteIndented = true });

    private static object Row(LatencySample s) => new
    {
        samples = s.Count,
        p50 = s.P50,
        p99 = s.Count >= LatencySummary.MinimumForP99 ? s.P99 : (double?)null,
        p999 = s.Count >= 10_000 ? s.P999 : (double?)null,
        max = s.Max,
    };

    private static string Ms(double ms) => LatencySampler.Ms(ms);

    private static string Pct(LatencySample s, double percentile) => LatencySampler.Pct(s, percentile);
}
