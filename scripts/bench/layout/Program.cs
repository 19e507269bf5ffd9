// Layout benchmark: Yoga's "huge nested layout" (benchmark/YGBenchmark.c): a root and four levels of
// fan-out 10 (11,111 nodes), every node flexGrow 1, width and height 10, directions alternating row/column.
// Prints median and min milliseconds (wall clock and this thread's CPU time) over repeated runs of:
//   full      node creation + first layout from scratch (what Yoga's benchmark times)
//   layout    first layout of an already built tree
//   relayout  relayout after one leaf's width changes
// Thread CPU time leaves out time the thread spent preempted, so it stays meaningful on a loaded machine.
// Usage: dotnet run -c Release [-- RUNS]
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Bridge.Layout;

int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var ci = CultureInfo.InvariantCulture;

var full = Bench.Measure(runs, () =>
{
    var root = Bench.Build();
    LayoutCalculator.Calculate(root, float.NaN, float.NaN);
}, null);

LayoutNode? pending = null;
var layoutOnly = Bench.Measure(runs, () => LayoutCalculator.Calculate(pending!, float.NaN, float.NaN), () => pending = Bench.Build());

var tree = Bench.Build();
LayoutCalculator.Calculate(tree, float.NaN, float.NaN);
var fullStats = LayoutCalculator.LastStats;
var leaf = tree.GetChild(3).GetChild(5).GetChild(7).GetChild(1);
float w = 10;
var relayout = Bench.Measure(runs * 10, () =>
{
    leaf.Style.Width = Length.Points(w);
    LayoutCalculator.Calculate(tree, float.NaN, float.NaN);
}, () => w = w == 10 ? 20 : 10);
var stats = LayoutCalculator.LastStats;

Console.WriteLine(string.Create(ci, $"huge nested layout (11,111 nodes), {runs} runs, {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
Console.WriteLine(string.Create(ci, $"full (create + layout): {full}"));
Console.WriteLine(string.Create(ci, $"layout only:            {layoutOnly} ({fullStats.Layouts} layouts)"));
Console.WriteLine(string.Create(ci, $"relayout, one leaf:     {relayout} ({stats.Layouts} layouts, {stats.Measures} measures, {stats.CachedLayouts + stats.CachedMeasures} cache hits)"));

internal static class Bench
{
    public static LayoutNode Build()
    {
        var root = new LayoutNode();
        Fill(root, 0);
        return root;
    }

    private static void Fill(LayoutNode node, int level)
    {
        node.Style.FlexGrow = 1;
        node.Style.Width = Length.Points(10);
        node.Style.Height = Length.Points(10);
        node.Style.FlexDirection = level % 2 == 0 ? FlexDirection.Row : FlexDirection.Column;
        if (level == 4) return;
        for (int i = 0; i < 10; i++)
        {
            var child = new LayoutNode();
            node.AddChild(child);
            Fill(child, level + 1);
        }
    }

    public readonly record struct Result(double WallMedian, double WallMin, double CpuMedian, double CpuMin)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"wall median {WallMedian:F3} ms, min {WallMin:F3} ms | cpu median {CpuMedian:F3} ms, min {CpuMin:F3} ms");
    }

    /// <summary>Runs <paramref name="once"/> after a warm-up; <paramref name="setup"/> runs untimed before each call.</summary>
    public static Result Measure(int runs, Action once, Action? setup)
    {
        for (int i = 0; i < Math.Max(5, runs / 5); i++) { setup?.Invoke(); once(); }
        var wall = new double[runs];
        var cpu = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            setup?.Invoke();
            double c0 = ThreadCpuMs();
            long t0 = Stopwatch.GetTimestamp();
            once();
            wall[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            cpu[i] = ThreadCpuMs() - c0;
        }
        Array.Sort(wall);
        Array.Sort(cpu);
        return new Result(wall[runs / 2], wall[0], cpu[runs / 2], cpu[0]);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Sec;
        public long Nsec;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec ts);

    private static double ThreadCpuMs()
    {
        const int ClockThreadCpuTimeId = 3;
        ClockGetTime(ClockThreadCpuTimeId, out var ts);
        return ts.Sec * 1e3 + ts.Nsec / 1e6;
    }
}
