using System.CommandLine;
using System.Globalization;
using Bridge.Graphics;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Schema;
using Serilog;
using Spectre.Console;

namespace Bridge.Cli.Commands;

/// <summary>The <c>bench render</c> verb: the app's real pages on the GL backend, each page's focus-move frames (drawn
/// where they changed) beside the same frame drawn whole, taking turns in one run.</summary>
/// <remarks>The script names the pages: each <c>navigate</c> opens one (its steps up to the first <c>idle</c> are set-up,
/// played once), and the keys after that <c>idle</c> are its moves, played round and round. After every move has settled,
/// the frame it left is drawn again whole; so damage and full frames alternate under the same machine load. Times are the
/// renderer's (<see cref="RenderStats.CpuMs"/>: the render call with glFinish, which on llvmpipe is the drawing).</remarks>
internal static class RenderBenchCommand
{
    public static Command Create(BridgeApp app)
    {
        var manifestOption = new Option<string>("--manifest") { Description = $"Migration manifest (default: the app's, {app.Options.Manifest})" };
        var scriptOption = new Option<string>("--script")
        {
            Description = "Pages and moves: each navigate opens a page, steps up to the next idle set it up, the keys after it are its moves",
            Required = true,
        };
        var sizeOption = new Option<string?>("--size") { Description = "Frame WxH (default: the script's)" };
        var movesOption = new Option<int>("--moves") { Description = "Measured focus moves per page", DefaultValueFactory = _ => 60 };
        var warmupOption = new Option<int>("--warmup") { Description = "Unmeasured moves per page first", DefaultValueFactory = _ => 4 };
        var shotsOption = new Option<string?>("--screenshots") { Description = "Folder for PAGE.png: each page's last frame, damage-redrawn" };
        foreach (var option in new[] { movesOption, warmupOption })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < (result.Option == movesOption ? 1 : 0))
                {
                    result.AddError($"{result.Option.Name} must be at least {(result.Option == movesOption ? 1 : 0)}");
                }
            });
        }
        var command = new Command("render",
            "Draw the app's pages on the GL backend: per page, the focus-move frames (damage-only redraw) beside the same frames drawn whole, "
            + "medians with sample counts") { manifestOption, scriptOption, sizeOption, movesOption, warmupOption, shotsOption };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var manifest = Manifest.Load(parse.GetValue(manifestOption) is { } m ? Path.GetFullPath(m) : app.Options.Resolve(app.Options.Manifest), app.Pages.Names);
            var script = Script.Load(Path.GetFullPath(parse.GetValue(scriptOption)!));
            var pages = Pages(script);
            var size = parse.GetValue(sizeOption) is { } s ? ScreenSize.Parse(s) : script.Size;
            var (moves, warmup, shots) = (parse.GetValue(movesOption), parse.GetValue(warmupOption), parse.GetValue(shotsOption));
            AppHost.Check(app.Services, app.Pages, manifest);

            var scratch = Directory.CreateTempSubdirectory("bridge-bench-render-").FullName;
            try
            {
                var options = new HostOptions(size, "unpaced", "gles", app.Options.Resolve(app.Options.AssetsRoot));
                using var host = AppHost.Create(options, app.Services, app.Pages, manifest, Log.Logger);
                var backend = (GlesRenderBackend)host.Backend;
                var frames = new List<RenderStats>();
                host.Loop.FrameEnded += (in Engine.Frame.FrameRecord _) => frames.Add(backend.LastFrame);
                var runner = new ScriptRunner(host, scratch, Log.Logger);
                var results = new List<PageResult>();
                foreach (var page in pages)
                {
                    runner.Run(script.WithSteps($"{script.Source} ({page.Name})", page.Setup));
                    var result = new PageResult(page.Name, host.Router.Current?.Path is { } p ? Routing.PagePaths.ToName(p) : "?");
                    for (var i = 0; i < warmup + moves; i++)
                    {
                        frames.Clear();
                        runner.Run(script.WithSteps(script.Source, [page.Moves[i % page.Moves.Count]]));
                        var full = DrawWhole(host, backend);
                        if (i >= warmup)
                        {
                            result.Add(frames, full);
                        }
                    }
                    result.PixelsEqual = SamePixels(host, backend, shots is null ? null : Path.Combine(shots, page.Name + ".png"));
                    results.Add(result);
                    output.WriteLine($"{page.Name}: {moves} moves measured");
                }
                Print(results, size, backend.Renderer, output);
                return results.All(r => r.PixelsEqual) ? ExitCodes.Ok : ExitCodes.Failed;
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        });
        return command;
    }

    private sealed record BenchPage(string Name, List<ScriptStep> Setup, List<KeyStep> Moves);

    // Each navigate starts a page: its steps up to the first idle (included) set it up; the keys after it are its moves.
    private static List<BenchPage> Pages(Script script)
    {
        var pages = new List<BenchPage>();
        BenchPage? page = null;
        var settingUp = false;
        foreach (var step in script.Steps)
        {
            if (step is NavigateStep nav)
            {
                page = new BenchPage(nav.Page, [nav], []);
                pages.Add(page);
                settingUp = true;
            }
            else if (page is null)
            {
                throw new MigrationFileException(script.Source, [$"step {step.Index + 1}: a page's steps must follow its navigate"]);
            }
            else if (settingUp)
            {
                page.Setup.Add(step);
                settingUp = step is not IdleStep;
            }
            else if (step is KeyStep key)
            {
                for (var i = 0; i < key.Repeat; i++)
                {
                    page.Moves.Add(key with { Repeat = 1 });
                }
            }
        }
        if (pages.Count == 0)
        {
            throw new MigrationFileException(script.Source, ["no navigate step: the script names no page to draw"]);
        }
        foreach (var p in pages.Where(p => p.Moves.Count == 0))
        {
            throw new MigrationFileException(script.Source, [$"page {p.Name} has no key after its first idle step to move the focus with"]);
        }
        return pages;
    }

    // The frame the move left, drawn whole; then again with damage redraw back on, so the next move diffs against it.
    private static RenderStats DrawWhole(AppHost host, GlesRenderBackend backend)
    {
        backend.DamageRedraw = false;
        backend.Render(host.Loop.DrawList, host.Loop.ClearColor);
        var full = backend.LastFrame;
        backend.DamageRedraw = true;
        backend.Render(host.Loop.DrawList, host.Loop.ClearColor);
        return full;
    }

    // The damage-redrawn frame against the same list drawn whole, byte for byte; the former saved when asked.
    private static bool SamePixels(AppHost host, GlesRenderBackend backend, string? png)
    {
        host.RunFrame();
        var kept = new byte[backend.Width * backend.Height * 4];
        backend.ReadPixels(kept);
        var whole = new byte[kept.Length];
        DrawWhole(host, backend);
        backend.ReadPixels(whole);
        if (png is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(png))!);
            Screenshot.SavePngAsync(kept, backend.Width, backend.Height, png).GetAwaiter().GetResult();
        }
        return kept.AsSpan().SequenceEqual(whole);
    }

    private static void Print(List<PageResult> results, ScreenSize size, string renderer, TextWriter output)
    {
        output.WriteLine($"render bench at {size.Width}x{size.Height} on {renderer}; ms per frame (render call with glFinish), medians (n); "
            + $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        var table = new Table().AddColumns("page", "path", "full p50 (n)", "move frames p50 (n)", "of which full", "damage p50 (n)",
            "full ÷ damage", "damaged px p50", "draw calls full / damage", "pixels equal");
        foreach (var r in results)
        {
            var full = Median(r.Full.Select(f => f.CpuMs));
            var damage = Median(r.Moves.Where(f => f.Kind == RedrawKind.Damage).Select(f => f.CpuMs));
            table.AddRow(r.Name, r.Path, $"{Ms(full)} ({r.Full.Count})", $"{Ms(Median(r.Moves.Select(f => f.CpuMs)))} ({r.Moves.Count})",
                $"{r.Moves.Count(f => f.Kind == RedrawKind.Full)}",
                $"{Ms(damage)} ({r.Moves.Count(f => f.Kind == RedrawKind.Damage)})",
                double.IsNaN(damage) ? "-" : (full / damage).ToString("0.0", CultureInfo.InvariantCulture),
                $"{Median(r.Moves.Where(f => f.Kind == RedrawKind.Damage).Select(f => (double)f.DamagedPixels)):0}",
                $"{Median(r.Full.Select(f => (double)f.DrawCalls)):0} / {Median(r.Moves.Where(f => f.Kind == RedrawKind.Damage).Select(f => (double)f.DrawCalls)):0}",
                r.PixelsEqual ? "yes" : "NO");
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        console.Write(table);
        output.WriteLine("move frames: every frame a focus move drew (its commit and its animation); full: the frame it left, drawn whole right after");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[(sorted.Length - 1) / 2];
    }

    private static string Ms(double ms) => double.IsNaN(ms) ? "-" : ms.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>One page's frames: those its moves drew (not the unchanged ones) and the full redraws beside them.</summary>
    private sealed class PageResult(string name, string path)
    {
        public string Name => name;

        public string Path => path;

        public List<RenderStats> Moves { get; } = [];

        public List<RenderStats> Full { get; } = [];

        public bool PixelsEqual { get; set; }

        public void Add(List<RenderStats> frames, RenderStats full)
        {
            Moves.AddRange(frames.Where(f => f.Kind != RedrawKind.Unchanged));
            Full.Add(full);
        }
    }
}
