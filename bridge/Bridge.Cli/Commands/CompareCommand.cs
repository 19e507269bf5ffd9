using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Bridge.Cli.Running;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Routing;
using Serilog;

namespace Bridge.Cli.Commands;

/// <summary>The <c>compare</c> verb: one page on both paths under the same script, then tree diff, pixel diff, latency and a verdict.</summary>
/// <remarks>The trees and pixels come from one play of the script per path. The latency comes from the script's keys
/// played again in rounds that take turns between the paths (<see cref="LatencySampler"/>) until each path has
/// <c>--latency-keys</c> warm keys: a script's dozen keys give a tail that is only its largest value, and a verdict that
/// flips from run to run.</remarks>
internal static class CompareCommand
{
    /// <summary>Keys per round before the other path takes its turn.</summary>
    private const int RoundKeys = 200;

    public static Command Create(BridgeApp app)
    {
        var common = new RunOptions(app);
        var page = new Option<string>("--page") { Description = "The page to compare (it needs both a native and a legacy implementation)", Required = true };
        var warmup = new Option<bool>("--no-warmup") { Description = "Skip the unrecorded first latency round per path (it puts both paths on JIT-compiled code before measuring)" };
        var latencyKeys = new Option<int>("--latency-keys")
        {
            Description = "Warm keys to measure per path for the latency verdict (p99 needs 1,000; under about 20 the tail is a max)",
            DefaultValueFactory = _ => 1000,
        };
        LatencySampler.RequireAtLeastOne(latencyKeys);
        var command = new Command("compare", "Run one page natively, then as legacy, under the same script; then play the script's keys on both "
            + "paths in alternating rounds until each has --latency-keys warm keys; write compare.json with tree diff, pixel diff, both latencies "
            + "with their sample counts and a verdict, a diff image per screenshot and report.html.") { page, warmup, latencyKeys };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var request = common.Read(parse);
            var name = parse.GetValue(page)!;
            var output = parse.InvocationConfiguration.Output;
            var paths = new[] { PagePath.Native, PagePath.Legacy };
            var plan = RunSession.Plan(app, request);
            if (!plan.Manifest.TryGetPage(name, out _))
            {
                throw new AppStartException($"{plan.Manifest.Path}: --page {name}: the manifest has no such page (pages: {string.Join(", ", plan.Manifest.Pages.Select(p => p.Name))})");
            }
            foreach (var path in paths)
            {
                AppHost.Check(app.Services, app.Pages, plan.Manifest, routes => Force(routes, plan.Manifest, name, path));
            }
            var wanted = parse.GetValue(latencyKeys);
            // A script without keys still compares trees and pixels; its verdict says no key was measured.
            var sampler = LatencySampler.PressesKeys(plan.Script) ? LatencySampler.For(plan.Script, name, Math.Min(RoundKeys, wanted)) : null;
            using var folder = OutputFolder.Acquire(request.Out);
            using var signal = new StopSignal();
            var engine = LatencyRecorder.NoEngine;
            var errors = new List<RunError>();
            var interrupted = false;
            foreach (var path in paths)
            {
                output.WriteLine($"== {name} on the {PagePaths.ToName(path)} path");
                var outcome = RunSession.Run(app, plan, Log.Logger, output, routes => Force(routes, plan.Manifest, name, path),
                    pathSuffixes: true, writeReport: false, stop: signal.Token);
                if (path == PagePath.Legacy)
                {
                    engine = outcome.Engine;
                }
                errors.AddRange(outcome.Report.Errors);
                interrupted |= outcome.Report.Interrupted;
            }
            var sides = paths.Select(p => new LatencySide(PagePaths.ToName(p), p, plan.Manifest)).ToList();
            if (sampler is not null && !signal.Token.IsCancellationRequested)
            {
                output.WriteLine($"== latency: rounds of [open {name}, the script's keys, back] on both paths until each has {wanted} warm keys"
                    + (parse.GetValue(warmup) ? "" : " (a first round per path not recorded)"));
                sampler.Sample(app, plan, sides, (routes, path) => Force(routes, plan.Manifest, name, path), wanted, warmUp: !parse.GetValue(warmup),
                    output, signal.Token);
                interrupted |= signal.Token.IsCancellationRequested;
                LatencySampler.PrintKeys(name, sides, request.Pace, output);
            }
            var report = ComparisonResults.Save(plan.Manifest, plan.Script, name, engine, request.Pace, request.Out, sides[0].WarmLatency(), sides[1].WarmLatency());
            var file = Path.Combine(request.Out, CompareArtifacts.ReportFile);
            output.WriteLine($"latency: key → committed {report.RatioStatistic} of warm keys, native {Tail(report.Native)} vs legacy {Tail(report.Legacy)}"
                + (report.RatioStatistic == "p99" ? "" : $" (a p99 needs {LatencySummary.MinimumForP99:N0} keys per path: --latency-keys)"));
            foreach (var tree in report.Trees)
            {
                output.WriteLine($"tree {tree.Name}: {(tree.Diff.Matches ? "match" : $"{tree.Diff.DifferingNodes} nodes differ, first {tree.Diff.First}")}");
            }
            foreach (var pixels in report.Pixels)
            {
                output.WriteLine($"pixels {pixels.Name}: {PixelTolerance.FormatShare(pixels.Diff.Share)} differ (tolerated {report.Criteria.Pixels.ShareText})");
            }
            output.WriteLine($"verdict: {CompareReport.VerdictName(report.Verdict)}{(report.Reasons.Count > 0 ? " (" + string.Join("; ", report.Reasons) + ")" : "")}");
            output.WriteLine($"wrote {file}, {Path.Combine(request.Out, ReportWriter.HtmlFile)} and {report.Pixels.Count} diff images");
            var summary = new RunReport(new RunInfo(plan.Manifest.Path, plan.Script.Source, engine, request.Pace, ScreenSize.Default, DateTimeOffset.Now, TimeSpan.Zero),
                new LatencyRecorder(Stopwatch.Frequency), [], []) { Errors = errors, Interrupted = interrupted };
            return RunCommand.Verdict(app, "compare", summary, request.FailOn, 0, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private static string Tail(PathLatency latency) => latency.Committed.Count == 0
        ? "not measured"
        : string.Create(CultureInfo.InvariantCulture, $"{(latency.Committed.HasP99 ? latency.Committed.P99 : latency.Committed.Max):0.###} ms (n {latency.Committed.Count})");

    private static RouteTable Force(RouteTable routes, Manifest manifest, string page, PagePath path)
    {
        var route = routes.Get(page);
        if (!route.Supports(PagePath.Native) || !route.Supports(PagePath.Legacy))
        {
            throw new AppStartException($"{manifest.Path}: pages.{page}: compare needs both a \"native\" and a \"legacy\" implementation");
        }
        return routes.WithOnly(page, path);
    }
}
