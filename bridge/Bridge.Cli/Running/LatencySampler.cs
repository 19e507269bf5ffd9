using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Routing;
using Bridge.Schema;
using Serilog;
using Spectre.Console;

namespace Bridge.Cli.Running;

/// <summary>Plays one page's keys on each of its paths in rounds that take turns until every path has the warm keys asked
/// for; <c>bench latency</c> and <c>compare</c> measure latency with it.</summary>
/// <remarks>A round is one run of the app with the page forced to one path: it opens the page, then plays blocks of
/// [open the page again, the script's keys, back]: the first key of a block is the first after a mount, its back is a
/// page-changing key, the others are warm. The paths take turns round by round (the order rotates), so they meet the same
/// machine load; an unrecorded round per path may come first so that no path pays for compiling the shared code. A script
/// of a few keys gives a tail that is only its largest value; the rounds give as many samples as asked.</remarks>
internal sealed class LatencySampler
{
    private readonly Script _round;
    private readonly List<LatencyKeyKind> _kinds;

    private LatencySampler(string page, Script round, List<LatencyKeyKind> kinds)
    {
        Page = page;
        _round = round;
        _kinds = kinds;
    }

    /// <summary>The measured page.</summary>
    public string Page { get; }

    /// <summary>True when the script presses a key, so that there is something to sample.</summary>
    public static bool PressesKeys(Script script) => script.Steps.OfType<KeyStep>().Any();

    /// <summary>The rounds of <paramref name="page"/> from the keys <paramref name="script"/> presses, about
    /// <paramref name="roundKeys"/> keys each.</summary>
    /// <exception cref="AppStartException">The script never opens the page or presses no key.</exception>
    public static LatencySampler For(Script script, string page, int roundKeys)
    {
        var navigate = script.Steps.OfType<NavigateStep>().FirstOrDefault(s => s.Page == page)
            ?? throw new AppStartException($"{script.Source}: the script never opens {page}; give the page's script (--script)");
        var body = script.Steps.Where(s => s is KeyStep or IdleStep or WaitStep).ToList();
        var keys = body.OfType<KeyStep>().Sum(k => k.Repeat);
        if (keys < 2)
        {
            // The first key after a mount is not warm: with one key a block would add none.
            throw new AppStartException($"{script.Source}: the script presses {(keys == 0 ? "no key" : "one key")}; measuring warm keys needs two or more");
        }
        var steps = new List<ScriptStep> { navigate, new IdleStep(0) };
        var kinds = new List<LatencyKeyKind>();
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
                        kinds.Add(first ? LatencyKeyKind.FirstAfterMount : LatencyKeyKind.Warm);
                        first = false;
                    }
                }
            }
            steps.Add(new IdleStep(0));
            steps.Add(new KeyStep(0, KeyName.Back, 1));
            steps.Add(new IdleStep(0));
            kinds.Add(LatencyKeyKind.PageChanging);
        }
        return new LatencySampler(page, script.WithSteps($"{script.Source} (latency rounds of {page})", steps), kinds);
    }

    /// <summary>Adds a check that each option's value is at least 1.</summary>
    public static void RequireAtLeastOne(params Option<int>[] options)
    {
        foreach (var option in options)
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{result.Option.Name} must be at least 1");
                }
            });
        }
    }

    /// <summary>Plays rounds on <paramref name="sides"/> in turn until each has <paramref name="wanted"/> warm keys (or
    /// <paramref name="stop"/> is signalled), printing a line per recorded round; returns the rounds recorded.</summary>
    /// <param name="app">The app.</param>
    /// <param name="plan">The run's plan; its script is replaced by the rounds, its output by a scratch folder.</param>
    /// <param name="sides">The paths to measure; their samples are added to them.</param>
    /// <param name="force">Forces the page to a path in the app's routes.</param>
    /// <param name="wanted">Warm keys per path.</param>
    /// <param name="warmUp">Whether an unrecorded round per path comes first.</param>
    /// <param name="output">Where the progress lines go.</param>
    /// <param name="stop">Stops after the round being played.</param>
    public int Sample(BridgeApp app, RunPlan plan, IReadOnlyList<LatencySide> sides, Func<RouteTable, PagePath, RouteTable> force,
        int wanted, bool warmUp, TextWriter output, CancellationToken stop)
    {
        var scratch = Directory.CreateTempSubdirectory("bridge-latency-rounds-").FullName;
        try
        {
            var rounds = 0;
            for (var round = warmUp ? 0 : 1; !stop.IsCancellationRequested && (round == 0 || sides.Any(s => s.Count(LatencyKeyKind.Warm) < wanted)); round++)
            {
                for (var i = 0; i < sides.Count && !stop.IsCancellationRequested; i++)
                {
                    var side = sides[(i + round) % sides.Count];
                    var recorder = new LatencyRecorder(Stopwatch.Frequency);
                    if (round > 0)
                    {
                        // The runs before left garbage behind (whole hosts, a JS engine): collect it now, or a full
                        // collection of it would land inside one of this round's measured frames.
                        SettleHeap();
                    }
                    RunSession.Run(app, plan with { Request = plan.Request with { Out = scratch, Metrics = [] }, Script = _round, Manifest = side.Manifest },
                        Log.Logger, TextWriter.Null, routes => force(routes, side.Path), writeReport: false, latency: recorder, stop: stop);
                    if (round > 0 && !stop.IsCancellationRequested)
                    {
                        side.Add(recorder, _kinds);
                    }
                }
                if (round > 0)
                {
                    rounds = round;
                    output.WriteLine($"round {round}: " + string.Join(", ", sides.Select(s => $"{s.Name} {s.Count(LatencyKeyKind.Warm)} keys")));
                }
            }
            return rounds;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Prints key → committed and key → present per path and kind of key, with sample counts.</summary>
    public static void PrintKeys(string page, IReadOnlyList<LatencySide> sides, string pace, TextWriter output)
    {
        var table = new Table().AddColumns("path", "keys", "n", "committed p50", "p99", "p99.9", "max", $"present p50 ({pace})", "p99", "p99.9", "max");
        foreach (var side in sides)
        {
            foreach (var kind in Enum.GetValues<LatencyKeyKind>())
            {
                var c = side.Summary(kind, present: false);
                var p = side.Summary(kind, present: true);
                table.AddRow(side.Name, KindName(kind), $"{c.Count}", Ms(c.P50), Pct(c, 0.99), Pct(c, 0.999), Ms(c.Max),
                    Ms(p.P50), Pct(p, 0.99), Pct(p, 0.999), Ms(p.Max));
            }
        }
        output.WriteLine($"{page}: key → committed and key → present (ms); a percentile needs 10 samples beyond it (p99: 1,000; p99.9: 10,000), '-' below that");
        Wide(output).Write(table);
    }

    /// <summary>A Spectre console on <paramref name="output"/>, wide enough for the latency tables.</summary>
    public static IAnsiConsole Wide(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        return console;
    }

    /// <summary>How reports name a kind of key.</summary>
    public static string KindName(LatencyKeyKind kind) => kind switch
    {
        LatencyKeyKind.FirstAfterMount => "first after mount",
        LatencyKeyKind.PageChanging => "page-changing",
        _ => "warm",
    };

    /// <summary>Milliseconds to two places, '-' for none.</summary>
    public static string Ms(double ms) => double.IsNaN(ms) ? "-" : ms.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A percentile to two places, '-' without 10 samples beyond it.</summary>
    public static string Pct(LatencySample s, double percentile) =>
        s.Count * (1 - percentile) < 10 ? "-" : Ms(percentile >= 0.999 ? s.P999 : s.P99);

    private static void SettleHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}

/// <summary>The kinds of keys a <see cref="LatencySampler"/> reports apart.</summary>
internal enum LatencyKeyKind : byte
{
    /// <summary>A key after the first on a mounted page.</summary>
    Warm,

    /// <summary>The first key after the page mounted.</summary>
    FirstAfterMount,

    /// <summary>Back: a key that leaves the page.</summary>
    PageChanging,
}

/// <summary>Figures of warm keys beside their latency.</summary>
internal enum WarmFigure : byte
{
    /// <summary>JS's time on the key.</summary>
    Js,

    /// <summary>Key → committed less JS's time.</summary>
    BeyondJs,

    /// <summary>The committing frame, start to present.</summary>
    Frame,
}

/// <summary>Nearest-rank figures of a set of samples in milliseconds (NaN when there are none).</summary>
internal readonly record struct LatencySample(int Count, double P50, double P95, double P99, double P999, double Max)
{
    public static LatencySample Of(IEnumerable<double> samples)
    {
        var values = samples.Where(v => !double.IsNaN(v)).Order().ToArray();
        return values.Length == 0
            ? new LatencySample(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
            : new LatencySample(values.Length, At(values, 0.5), At(values, 0.95), At(values, 0.99), At(values, 0.999), values[^1]);
    }

    /// <summary>The same figures as the migration reports summarize latency.</summary>
    public LatencySummary ToSummary() => Count == 0 ? LatencySummary.Empty : new LatencySummary(Count, P50, P95, P99, Max);

    private static double At(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>One path a <see cref="LatencySampler"/> measures and its samples, by kind of key.</summary>
internal sealed class LatencySide(string name, PagePath path, Manifest manifest)
{
    private readonly Dictionary<LatencyKeyKind, (List<double> Committed, List<double> Present)> _samples =
        Enum.GetValues<LatencyKeyKind>().ToDictionary(k => k, _ => (new List<double>(), new List<double>()));
    private readonly Dictionary<LatencyStage, List<double>> _stages = Enum.GetValues<LatencyStage>().ToDictionary(s => s, _ => new List<double>());
    private readonly Dictionary<WarmFigure, List<double>> _warm = Enum.GetValues<WarmFigure>().ToDictionary(s => s, _ => new List<double>());

    /// <summary>The path's name in reports.</summary>
    public string Name => name;

    /// <summary>The path the page is forced to.</summary>
    public PagePath Path => path;

    /// <summary>The manifest the path runs with (its JS engine).</summary>
    public Manifest Manifest => manifest;

    /// <summary>The keys of a kind sampled so far.</summary>
    public int Count(LatencyKeyKind kind) => _samples[kind].Committed.Count;

    /// <summary>Adds a round's keys; <paramref name="kinds"/> is the kind of each key the round sent, in order.</summary>
    public void Add(LatencyRecorder recorder, IReadOnlyList<LatencyKeyKind> kinds)
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
            if (kinds[i] == LatencyKeyKind.Warm)
            {
                var stages = e.Stages;
                foreach (var stage in Enum.GetValues<LatencyStage>())
                {
                    _stages[stage].Add(stages[(int)stage]);
                }
                var js = stages[(int)LatencyStage.Js];
                _warm[WarmFigure.Js].Add(js);
                _warm[WarmFigure.BeyondJs].Add(e.CommittedMs - js);
                _warm[WarmFigure.Frame].Add(e.FrameMs);
            }
        }
    }

    /// <summary>Key → committed or key → present of the keys of a kind.</summary>
    public LatencySample Summary(LatencyKeyKind kind, bool present) => LatencySample.Of(present ? _samples[kind].Present : _samples[kind].Committed);

    /// <summary>The warm keys' time in a stage.</summary>
    public LatencySample Stage(LatencyStage stage) => LatencySample.Of(_stages[stage]);

    /// <summary>A figure of the warm keys.</summary>
    public LatencySample WarmSummary(WarmFigure figure) => LatencySample.Of(_warm[figure]);

    /// <summary>The warm keys as the migration reports hold a path's latency.</summary>
    public PathLatency WarmLatency() =>
        new(Summary(LatencyKeyKind.Warm, present: false).ToSummary(), Summary(LatencyKeyKind.Warm, present: true).ToSummary()) { Keys = "warm" };
}
