using System.CommandLine;
using System.Diagnostics;
using Bridge.Cli.Running;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Routing;
using Serilog;

namespace Bridge.Cli.Commands;

/// <summary>The <c>compare</c> verb: one page on both paths under the same script, then tree diff, pixel diff, latency and a verdict.</summary>
internal static class CompareCommand
{
    public static Command Create(BridgeApp app)
    {
        var common = new RunOptions(app);
        var page = new Option<string>("--page") { Description = "The page to compare (it needs both a native and a legacy implementation)", Required = true };
        var warmup = new Option<bool>("--no-warmup") { Description = "Skip the unrecorded first pass per path (it puts both paths on JIT-compiled code before measuring)" };
        var command = new Command("compare", "Run one page natively, then as legacy, under the same script; write compare.json with tree diff, pixel diff, both latencies and a verdict, a diff image per screenshot and report.html.") { page, warmup };
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
            using var folder = OutputFolder.Acquire(request.Out);
            using var signal = new StopSignal();
            var latency = new LatencyRecorder(Stopwatch.Frequency);
            if (!parse.GetValue(warmup))
            {
                // Whichever path ran first would otherwise pay for compiling the shared engine code.
                var scratch = Directory.CreateTempSubdirectory("bridge-compare-warmup-").FullName;
                foreach (var path in paths)
                {
                    output.WriteLine($"== warm-up: {name} on the {PagePaths.ToName(path)} path (not recorded)");
                    RunSession.Run(app, plan with { Request = request with { Out = scratch, Metrics = [] } }, Log.Logger, TextWriter.Null,
                        routes => Force(routes, plan.Manifest, name, path), writeReport: false, stop: signal.Token);
                }
                Directory.Delete(scratch, recursive: true);
            }
            var engine = LatencyRecorder.NoEngine;
            var errors = new List<RunError>();
            var interrupted = false;
            foreach (var path in paths)
            {
                output.WriteLine($"== {name} on the {PagePaths.ToName(path)} path");
                // The passes before left garbage behind (whole hosts, a JS engine): collect it now, or a full collection
                // of it would land inside one of this path's measured frames.
                SettleHeap();
                var outcome = RunSession.Run(app, plan, Log.Logger, output, routes => Force(routes, plan.Manifest, name, path),
                    pathSuffixes: true, writeReport: false, latency: latency, stop: signal.Token);
                if (path == PagePath.Legacy)
                {
                    engine = outcome.Engine;
                }
                errors.AddRange(outcome.Report.Errors);
                interrupted |= outcome.Report.Interrupted;
            }
            var report = ComparisonResults.Save(plan.Manifest, plan.Script, name, engine, request.Pace, request.Out, latency);
            var file = Path.Combine(request.Out, CompareArtifacts.ReportFile);
            RunSession.PrintLatency(latency, output, request.Pace);
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
                latency, [], []) { Errors = errors, Interrupted = interrupted };
            return RunCommand.Verdict(app, "compare", summary, request.FailOn, 0, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private static void SettleHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

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
