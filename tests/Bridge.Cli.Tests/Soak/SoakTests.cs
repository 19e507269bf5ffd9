using System.Globalization;
using System.Text;
using Bridge.Migration;

namespace Bridge.Cli.Tests.Soak;

/// <summary>The soak: cycles over every page on both paths, on V8 and Jint, each from the same starting state; what the app
/// holds at the start of the first measured cycle and at the end must match.</summary>
/// <remarks>A plain test run soaks briefly (each engine: one warm-up cycle, then two measured ones) and checks what must be
/// exact: entities and textures back to the same count each cycle, no fault, no rollback, no restart. <c>scripts/soak</c>
/// runs it long (<c>BRIDGE_SOAK_NAVIGATIONS</c>, 10,000 by default there) and checks that memory (the app's RSS and managed
/// heap, the JS heap and its process's RSS) ends within 5 % of where it started after the warm-up (a fifth of the cycles).</remarks>
public sealed class SoakTests
{
    private static readonly int s_navigations = int.TryParse(Environment.GetEnvironmentVariable("BRIDGE_SOAK_NAVIGATIONS"),
        NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static bool Long => s_navigations > 0;

    [Theory]
    [InlineData(JsEngineKind.V8)]
    [InlineData(JsEngineKind.Jint)]
    public void Cycles_over_every_page_and_path_end_where_they_started(JsEngineKind engine)
    {
        using var app = new SoakApp(engine);
        // Long runs split the navigations between the two engines; warm-up: a fifth of the cycles (V8's heap grows while
        // it tiers up its code for the first thousand navigations or so, then stays flat), at least 3.
        var cycles = Long ? Math.Max(4, (s_navigations / 2 + app.RoutesPerCycle - 1) / app.RoutesPerCycle) : 3;
        var warmUp = Long ? Math.Max(3, cycles / 5) : 1;
        var samples = new List<SoakSample>();
        long navigations = 0;
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            if (cycle >= warmUp)
            {
                samples.Add(app.Sample(cycle, navigations));
            }
            app.Cycle();
            navigations += app.RoutesPerCycle;
        }
        samples.Add(app.Sample(cycles, navigations));
        var report = Report(engine, samples);
        Write(engine, report);

        Assert.Empty(app.Faults);
        Assert.Empty(app.Rollbacks);
        Assert.All(samples, s => Assert.Equal(samples[0].Entities, s.Entities));
        Assert.All(samples, s => Assert.Equal(samples[0].TextureBytes, s.TextureBytes));
        Assert.Equal(0, samples[^1].Restarts);
        if (Long)
        {
            var (first, last) = (samples[0], samples[^1]);
            Assert.True(Within(first.RssBytes, last.RssBytes) && Within(first.ManagedBytes, last.ManagedBytes)
                && Within(first.JsHeapBytes, last.JsHeapBytes) && Within(first.JsProcessRssBytes, last.JsProcessRssBytes), report);
        }
    }

    private static bool Within(long start, long end) => end <= start * 1.05;

    private static string Report(JsEngineKind engine, List<SoakSample> samples)
    {
        static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
        static string Change(long a, long b) => a == 0 ? "-" : ((b - a) * 100.0 / a).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + " %";
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"soak on {JsEngineKinds.ToName(engine)}: {samples[^1].Navigations} navigations in {samples[^1].Cycle} cycles");
        sb.AppendLine("cycle  navigations  rss MB  js-proc rss MB  managed MB  entities  js heap MB  textures MB");
        var step = Math.Max(1, samples.Count / 10);
        for (var i = 0; i < samples.Count; i++)
        {
            if (i % step != 0 && i != samples.Count - 1)
            {
                continue;
            }
            var s = samples[i];
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{s.Cycle,5}  {s.Navigations,11}  {Mb(s.RssBytes),6}  {Mb(s.JsProcessRssBytes),14}  {Mb(s.ManagedBytes),10}  {s.Entities,8}  {Mb(s.JsHeapBytes),10}  {Mb(s.TextureBytes),11}");
        }
        var (f, l) = (samples[0], samples[^1]);
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"start → end: rss {Change(f.RssBytes, l.RssBytes)}, js process rss {Change(f.JsProcessRssBytes, l.JsProcessRssBytes)}, managed {Change(f.ManagedBytes, l.ManagedBytes)}, "
            + $"entities {f.Entities} → {l.Entities}, js heap {Change(f.JsHeapBytes, l.JsHeapBytes)}, textures {Change(f.TextureBytes, l.TextureBytes)}");
        return sb.ToString();
    }

    private static void Write(JsEngineKind engine, string report)
    {
        var folder = Environment.GetEnvironmentVariable("BRIDGE_SOAK_REPORT");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"soak-{JsEngineKinds.ToName(engine)}.txt"), report);
        }
        Console.WriteLine(report);
    }
}
