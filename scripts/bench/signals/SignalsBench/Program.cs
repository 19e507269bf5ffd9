using System.Diagnostics;
using System.Globalization;
using SignalsBench;

// Runs every case (or the one named by the first argument) and prints one JSON line per case:
// {"case", "ms" (fastest sample after warm-up), "firstMs" (the first iteration, on the graph just built, before any
// warm-up), "samples" (every measured sample, ms), "result", "allocatedBytesPerSample"}.
// Warm-up and measurement each last at least a number of samples and a number of milliseconds (the same rule
// as alien.mjs), so that tiered JIT has promoted the hot code before anything is measured.
var warmup = EnvInt("BENCH_WARMUP", 10);
var samples = EnvInt("BENCH_SAMPLES", 100);
var warmupMs = EnvInt("BENCH_WARMUP_MS", 1000);
var measureMs = EnvInt("BENCH_MEASURE_MS", 2000);
var only = args.Length > 0 ? args[0] : null;
if (only == "--list")
{
    foreach (var (name, _, _) in Cases.All)
    {
        Console.WriteLine(name);
    }

    return;
}

foreach (var (name, build, reps) in Cases.All)
{
    if (only is not null && only != name)
    {
        continue;
    }

    var iter = build();
    // The first iteration on the graph just built, in this fresh process: what a page's first update costs.
    var t = Stopwatch.GetTimestamp();
    long result = iter();
    var first = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    var best = double.MaxValue;
    var times = new List<double>();
    long allocated = 0;
    var phaseStart = Stopwatch.GetTimestamp();
    var measuring = false;
    for (var s = 0; ; s++)
    {
        if (!measuring && s >= warmup && Stopwatch.GetElapsedTime(phaseStart).TotalMilliseconds >= warmupMs)
        {
            measuring = true;
            s = 0;
            phaseStart = Stopwatch.GetTimestamp();
        }
        else if (measuring && s >= samples && Stopwatch.GetElapsedTime(phaseStart).TotalMilliseconds >= measureMs)
        {
            break;
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var t0 = Stopwatch.GetTimestamp();
        for (var r = 0; r < reps; r++)
        {
            result = iter();
        }

        var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        if (measuring)
        {
            times.Add(ms);
        }
        if (measuring && ms < best)
        {
            best = ms;
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        }
    }

    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"case\":\"{name}\",\"ms\":{best:0.000000},\"firstMs\":{first:0.000000},\"samples\":[{string.Join(',', times.Select(x => x.ToString("0.######", CultureInfo.InvariantCulture)))}],\"result\":\"{result}\",\"allocatedBytesPerSample\":{allocated}}}"));
}

static int EnvInt(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), out var v) ? v : fallback;
