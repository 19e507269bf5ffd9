using System.CommandLine;
using System.Diagnostics;
using Bridge.Cli.Running;
using Bridge.Migration;
using Bridge.Routing;
using Serilog;

namespace Bridge.Cli.Commands;

/// <summary>The <c>bridge compare</c> verb: one page on both paths under the same script, then tree diff, pixel diff, latency and a verdict.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var common = new RunOptions();
        var page = new Option<string>("--page") { Description = "The page to compare (it needs both a native and a legacy implementation)", Required = true };
        var warmup = new Option<bool>("--no-warmup") { Description = "Skip the unrecorded first pass per path (it puts both paths on JIT-compiled code before measuring)" };
        var command = new Command("compare", "Run one page natively, then as legacy, under the same script; write compare.json with tree diff, pixel diff, both latencies and a verdict, a diff image per screenshot and report.html.") { page, warmup };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var request = common.Read(parse);
            var name = parse.GetValue(page)!;
            var output = parse.InvocationConfiguration.Output;
            var latency = new LatencyRecorder(Stopwatch.Frequency);
            string engine = "none";
            var paths = new[] { PagePath.Native, PagePath.Legacy };
            if (!parse.GetValue(warmup))
            {
                // Whichever path ran first would otherwise pay for compiling the shared engine code.
                var scratch = Directory.CreateTempSubdirectory("bridge-compare-warmup-").FullName;
                foreach (var path in paths)
                {
                    output.WriteLine($"== warm-up: {name} on the {PagePaths.ToName(path)} path (not recorded)");
                    RunSession.Run(request with { Out = scratch }, Log.Logger, TextWriter.Null, routes => Force(routes, name, path), writeReport: false);
                }
                Directory.Delete(scratch, recursive: true);
            }
            foreach (var path in paths)
            {
                output.WriteLine($"== {name} on the {PagePaths.ToName(path)} path");
                // The passes before left garbage behind (whole hosts, a JS engine): collect it now, or a full collection
                // of it would land inside one of this path's measured frames.
                SettleHeap();
                var outcome = RunSession.Run(request, Log.Logger, output, routes => Force(routes, name, path),
                    pathSuffixes: true, writeReport: false, latency: latency);
                engine = outcome.Engine;
            }
            var report = ComparisonResults.Save(request.Manifest, request.Script, name, engine, request.Pace, request.Out, latency);
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
            return 0;
        });
        return command;
    }

    private static void SettleHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static RouteTable Force(RouteTable routes, string page, PagePath path)
    {
        var route = routes.Get(page);
        if (!route.Supports(PagePath.Native) || !route.Supports(PagePath.Legacy))
        {
            throw new RouteException($"compare: page '{page}' needs both a native and a legacy implementation in the manifest");
        }
        return new RouteTable(routes.Start, routes.Routes.Select(r => r.Name == page ? r with { Live = path, Fallback = null } : r));
    }
}
