// Layout benchmark, this engine's side: the trees of Yoga's own benchmark (benchmark/YGBenchmark.c), built exactly as
// that file builds them and as yoga.mjs builds them on yoga-layout. Run by scripts/bench/layout/run, which alternates
// this process with the Yoga one and prints the table; see README.md.
// Usage: dotnet LayoutBench.dll [--boxes DIR] [CASE...]; prints one JSON line per case and measure with every sample (ms):
//   full      create the tree + first layout (what YGBenchmark times)
//   layout    first layout of a tree built beforehand (untimed)
//   relayout  (huge-nested only) layout again after one leaf's width changes
// --boxes DIR writes each case's computed boxes (left, top, width, height per node, depth first) to DIR/bridge-CASE.json
// (and huge-nested's after the leaf's width becomes 20 to DIR/bridge-huge-nested-relayout.json).
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bridge.Layout;

var ci = CultureInfo.InvariantCulture;
string? boxesDir = null;
var only = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--boxes")
    {
        boxesDir = args[++i];
    }
    else
    {
        only.Add(args[i]);
    }
}
var minSamples = EnvInt("BENCH_SAMPLES", 20);
var minMs = EnvInt("BENCH_MEASURE_MS", 1000);

// Every case runs for a while before any is measured, so that the first one measured is not still on code the JIT
// has not optimized yet (on a busy machine its background compiler lags).
foreach (var (name, build) in Cases.All.Where(c => only.Count == 0 || only.Contains(c.Name)))
{
    Sampler.Run(1, minMs / 4, null, () => LayoutCalculator.Calculate(build(), float.NaN, float.NaN));
}

foreach (var (name, build) in Cases.All)
{
    if (only.Count > 0 && !only.Contains(name))
    {
        continue;
    }
    if (boxesDir is not null)
    {
        var tree = build();
        LayoutCalculator.Calculate(tree, float.NaN, float.NaN);
        File.WriteAllText(Path.Combine(boxesDir, $"bridge-{name}.json"), Cases.Boxes(tree));
    }
    Print(name, "full", Sampler.Run(minSamples, minMs, null, () => LayoutCalculator.Calculate(build(), float.NaN, float.NaN)));
    LayoutNode? pending = null;
    Print(name, "layout", Sampler.Run(minSamples, minMs, () => pending = build(), () => LayoutCalculator.Calculate(pending!, float.NaN, float.NaN)));
    if (name == "huge-nested")
    {
        var tree = build();
        LayoutCalculator.Calculate(tree, float.NaN, float.NaN);
        var leaf = tree.GetChild(3).GetChild(5).GetChild(7).GetChild(1);
        if (boxesDir is not null)
        {
            leaf.Style.Width = Length.Points(20);
            LayoutCalculator.Calculate(tree, float.NaN, float.NaN);
            File.WriteAllText(Path.Combine(boxesDir, "bridge-huge-nested-relayout.json"), Cases.Boxes(tree));
        }
        float w = 10;
        Print(name, "relayout", Sampler.Run(minSamples * 10, minMs, () => w = w == 10 ? 20 : 10, () =>
        {
            leaf.Style.Width = Length.Points(w);
            LayoutCalculator.Calculate(tree, float.NaN, float.NaN);
        }));
    }
}

void Print(string name, string measure, double[] samples)
{
    var sb = new StringBuilder();
    sb.Append(ci, $"{{\"side\":\"bridge\",\"case\":\"{name}\",\"measure\":\"{measure}\",\"ms\":[");
    sb.AppendJoin(',', samples.Select(s => s.ToString("0.######", ci)));
    sb.Append("]}");
    Console.WriteLine(sb.ToString());
}

static int EnvInt(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), out var v) ? v : fallback;

/// <summary>The trees of YGBenchmark.c.</summary>
internal static class Cases
{
    public static readonly (string Name, Func<LayoutNode> Build)[] All =
    [
        ("stack", Stack),
        ("align-stretch", AlignStretch),
        ("nested", Nested),
        ("huge-nested", HugeNested),
    ];

    // YGBenchmark.c's measure function, as written there (its height is the width when the width is given).
    private static (float, float) Measure(LayoutNode node, float width, MeasureMode widthMode, float height, MeasureMode heightMode) =>
        (widthMode == MeasureMode.Undefined ? 10 : width, heightMode == MeasureMode.Undefined ? 10 : width);

    /// <summary>"Stack with flex": a 100x100 root, 10 measured children with flex 1.</summary>
    private static LayoutNode Stack()
    {
        var root = new LayoutNode();
        root.Style.Width = Length.Points(100);
        root.Style.Height = Length.Points(100);
        for (var i = 0; i < 10; i++)
        {
            var child = new LayoutNode { Measure = Measure };
            child.Style.Flex = 1;
            root.InsertChild(child, 0);
        }
        return root;
    }

    /// <summary>"Align stretch in undefined axis": 10 measured children of height 20 in an unsized root.</summary>
    private static LayoutNode AlignStretch()
    {
        var root = new LayoutNode();
        for (var i = 0; i < 10; i++)
        {
            var child = new LayoutNode { Measure = Measure };
            child.Style.Height = Length.Points(20);
            root.InsertChild(child, 0);
        }
        return root;
    }

    /// <summary>"Nested flex": 10 children with flex 1, each with 10 measured children with flex 1.</summary>
    private static LayoutNode Nested()
    {
        var root = new LayoutNode();
        for (var i = 0; i < 10; i++)
        {
            var child = new LayoutNode();
            child.Style.Flex = 1;
            root.InsertChild(child, 0);
            for (var j = 0; j < 10; j++)
            {
                var grandChild = new LayoutNode { Measure = Measure };
                grandChild.Style.Flex = 1;
                child.InsertChild(grandChild, 0);
            }
        }
        return root;
    }

    /// <summary>"Huge nested layout": four levels of 10 (11,111 nodes), each flexGrow 1, 10x10, levels 2 and 4 rows.</summary>
    private static LayoutNode HugeNested()
    {
        var root = new LayoutNode();
        Fill(root, 1);
        return root;
    }

    private static void Fill(LayoutNode parent, int level)
    {
        for (var i = 0; i < 10; i++)
        {
            var child = new LayoutNode();
            if (level % 2 == 0)
            {
                child.Style.FlexDirection = FlexDirection.Row;
            }
            child.Style.FlexGrow = 1;
            child.Style.Width = Length.Points(10);
            child.Style.Height = Length.Points(10);
            parent.InsertChild(child, 0);
            if (level < 4)
            {
                Fill(child, level + 1);
            }
        }
    }

    /// <summary>Every node's box, depth first, as a JSON array of [left, top, width, height].</summary>
    public static string Boxes(LayoutNode root)
    {
        var sb = new StringBuilder("[");
        void Walk(LayoutNode node)
        {
            if (sb.Length > 1)
            {
                sb.Append(',');
            }
            sb.Append(CultureInfo.InvariantCulture, $"[{node.Left:R},{node.Top:R},{node.Width:R},{node.Height:R}]");
            for (var i = 0; i < node.ChildCount; i++)
            {
                Walk(node.GetChild(i));
            }
        }
        Walk(root);
        return sb.Append(']').ToString();
    }
}

/// <summary>Times one call per sample after a warm-up, until both a number of samples and of milliseconds are reached.</summary>
internal static class Sampler
{
    public static double[] Run(int minSamples, int minMs, Action? setup, Action once)
    {
        var warm = Stopwatch.GetTimestamp();
        for (var i = 0; i < 5 || Stopwatch.GetElapsedTime(warm).TotalMilliseconds < minMs / 4.0; i++)
        {
            setup?.Invoke();
            once();
        }
        var samples = new List<double>();
        var start = Stopwatch.GetTimestamp();
        while (samples.Count < minSamples || (Stopwatch.GetElapsedTime(start).TotalMilliseconds < minMs && samples.Count < 1000))
        {
            setup?.Invoke();
            var t = Stopwatch.GetTimestamp();
            once();
            samples.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return samples.ToArray();
    }
}
