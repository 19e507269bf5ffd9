// Render benchmark: the TV home page (8 rails x 20 tiles, ~500 draw items) at 1280x720 and 1920x1080 on the
// headless GLES backend. Reports, per frame: CPU time to build the draw list, GL submit time (Render, CPU side),
// and frame time with glFinish; plus bytes allocated by building an unchanged frame. Optionally saves screenshots.
//
//   scripts/render-bench.sh [--frames N] [--warmup N] [--screenshots DIR]
using System.Diagnostics;
using System.Globalization;
using Bridge.Graphics;
using Bridge.Graphics.Tests;
using Serilog;

int frames = 120, warmup = 20;
string? shots = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--frames": frames = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--warmup": warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--screenshots": shots = args[++i]; break;
        default: throw new ArgumentException($"unknown argument '{args[i]}' (expected --frames N, --warmup N, --screenshots DIR)");
    }
}

using var log = new LoggerConfiguration().WriteTo.Console().CreateLogger();
string assets = Path.Combine(Path.GetTempPath(), "bridge-render-bench-assets");
HomePageScene.WriteTileAssets(assets, 24, 240, 135);
var pending = new List<Task>();

foreach (HomePageSpec spec in new[] { HomePageSpec.Tv720, HomePageSpec.Tv1080 })
{
    var ctx = Stopwatch.StartNew();
    using var backend = new GlesRenderBackend(spec.Width, spec.Height, log);
    double contextMs = ctx.Elapsed.TotalMilliseconds;
    using var resources = new ResourceSystem(assets, log);
    var images = new ImageHandle[24];
    for (int i = 0; i < images.Length; i++) images[i] = resources.Acquire($"tile-{i}.png");
    while (resources.HasPendingWork)
    {
        resources.Update(backend);
        Thread.Sleep(1);
    }
    var text = new TextSystem(log);
    var scene = new HomePageScene(spec, text, images);
    var list = new DrawList(1024);

    var first = Stopwatch.StartNew();
    scene.Build(list);
    backend.Render(list, Rgba.Black);
    backend.Finish();
    double firstMs = first.Elapsed.TotalMilliseconds;
    for (int i = 0; i < warmup; i++)
    {
        scene.Build(list);
        backend.Render(list, Rgba.Black);
        backend.Finish();
    }

    var build = new double[frames];
    var submit = new double[frames];
    var frame = new double[frames];
    long allocated = 0;
    var process = Process.GetCurrentProcess();
    TimeSpan cpu0 = process.TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    for (int i = 0; i < frames; i++)
    {
        long t0 = Stopwatch.GetTimestamp();
        long a0 = GC.GetAllocatedBytesForCurrentThread();
        scene.Build(list);
        allocated += GC.GetAllocatedBytesForCurrentThread() - a0;
        long t1 = Stopwatch.GetTimestamp();
        backend.Render(list, Rgba.Black);
        long t2 = Stopwatch.GetTimestamp();
        backend.Finish();
        long t3 = Stopwatch.GetTimestamp();
        build[i] = Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
        submit[i] = Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds;
        frame[i] = Stopwatch.GetElapsedTime(t0, t3).TotalMilliseconds;
    }

    process.Refresh();
    double cpuPerFrame = (process.TotalProcessorTime - cpu0).TotalMilliseconds / frames;
    double wallPerFrame = wall.Elapsed.TotalMilliseconds / frames;
    var pixels = new byte[spec.Width * spec.Height * 4];
    backend.ReadPixels(pixels);
    // Timed on the second read: the buffer is reused frame to frame, its pages already touched.
    var rb = Stopwatch.StartNew();
    backend.ReadPixels(pixels);
    double readMs = rb.Elapsed.TotalMilliseconds;

    Console.WriteLine($"home page {spec.Width}x{spec.Height} on {backend.Renderer}: {list.Count} draw items, " +
                      $"{backend.LastInstanceCount} quads, {backend.LastBatchCount} draw calls, {frames} frames");
    Console.WriteLine($"  context {contextMs:F0} ms, first frame {firstMs:F1} ms, glReadPixels {readMs:F2} ms");
    Report("build draw list (CPU)", build);
    Report("GL submit (Render)", submit);
    Report("frame incl. glFinish", frame);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  process CPU per frame (all threads, llvmpipe included) {cpuPerFrame:F2} ms vs wall {wallPerFrame:F2} ms; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    Console.WriteLine($"  allocated by building unchanged frames: {allocated} bytes over {frames} frames");

    if (shots is not null)
    {
        string path = Path.Combine(shots, $"home-{spec.Width}x{spec.Height}.png");
        pending.Add(Screenshot.SavePngAsync(pixels, spec.Width, spec.Height, path)
            .ContinueWith(_ => Console.WriteLine($"  screenshot {path}"), TaskScheduler.Default));
    }
}
Task.WaitAll(pending);

static void Report(string what, double[] ms)
{
    double[] s = (double[])ms.Clone();
    Array.Sort(s);
    double mean = s.Average();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {what,-24} median {s[s.Length / 2],7:F3} ms  p95 {s[(int)(s.Length * 0.95)],7:F3} ms  mean {mean,7:F3} ms"));
}
