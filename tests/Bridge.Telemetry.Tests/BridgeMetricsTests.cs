using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Bridge.Pages;
using Microsoft.Extensions.DependencyInjection;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Routing;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Telemetry.Tests;

/// <summary>The Bridge meter fed by a real host running a script: what it records, with which tags, and what an
/// OTLP collector receives.</summary>
public sealed class BridgeMetricsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-telemetry-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_scripted_run_records_key_latency_per_page_path_and_stage_frames_and_a_rollback()
    {
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = Listen(measurements);
        using var host = StartHost();
        var runner = new ScriptRunner(host, Path.Combine(_dir, "out"), Serilog.Core.Logger.None);
        using var monitor = new HostMonitor(host);
        using var metrics = new BridgeMetrics();
        metrics.Attach(host.Latency.Recorder, monitor);

        runner.Run(Script.Parse("""{"size": [320, 200], "steps": [{"navigate": "menu"}, {"idle": true}, {"key": "down"}, {"key": "select"}, {"idle": true}]}""", "s"));
        host.Router.Rollback("menu", "over budget");
        runner.Run(Script.Parse("""{"steps": [{"idle": true}]}""", "s"));

        var committed = measurements.Where(m => m.Instrument == "bridge.key.committed").ToList();
        Assert.Equal(2, committed.Count);
        Assert.All(committed, m => Assert.Equal(("menu", "native", "none"), ((string)m.Tags["page"]!, (string)m.Tags["path"]!, (string)m.Tags["engine"]!)));
        var events = runner.Latency.Events.ToArray();
        Assert.Equal(events.Select(e => e.CommittedMs), committed.Select(m => m.Value));
        var stages = measurements.Where(m => m.Instrument == "bridge.key.stage").ToList();
        Assert.Equal(2 * LatencyStages.Count, stages.Count);
        Assert.Equal(["handler", "bus-encode", "js", "bus-decode", "apply", "layout", "animation", "resources", "render", "present"],
            stages.Take(LatencyStages.Count).Select(m => (string)m.Tags["stage"]!));
        Assert.Equal(2, measurements.Count(m => m.Instrument == "bridge.key.present"));
        Assert.Contains(measurements, m => m.Instrument == "bridge.frame.duration" && (string?)m.Tags["page"] == "menu" && m.Value > 0);
        var rollback = Assert.Single(measurements, m => m.Instrument == "bridge.rollbacks");
        Assert.Equal(("menu", "native", "none"), ((string)rollback.Tags["page"]!, (string)rollback.Tags["from"]!, (string)rollback.Tags["to"]!));
    }

    [Fact]
    public async Task Otlp_exporter_pushes_the_bridge_histograms_to_a_collector()
    {
        var port = FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = ReceiveOne(collector);
        using var host = StartHost();
        var recorder = host.Latency.Recorder;
        using (var telemetry = HostTelemetry.Start(host, [$"otlp=http://127.0.0.1:{port}/v1/metrics"], Serilog.Core.Logger.None))
        {
            var id = recorder.Begin(KeyName.Right, "menu", PagePath.Native, "none", 10);
            recorder.Committed(id, 12);
            recorder.Presented(id, 20);
            telemetry.Hold(TimeSpan.Zero);
        }

        var body = await received.WaitAsync(TimeSpan.FromSeconds(20));

        // OTLP/protobuf carries names and attribute values as UTF-8 strings.
        var text = System.Text.Encoding.UTF8.GetString(body);
        Assert.Contains("bridge.key.committed", text);
        Assert.Contains("bridge.key.stage", text);
        Assert.Contains("menu", text);
        Assert.Contains(BridgeMetrics.MeterName, text);
    }

    [Fact]
    public async Task Recording_a_key_allocates_nothing_once_its_tags_were_seen()
    {
        var port = FreePort();
        using var provider = HostTelemetry.Build([MetricsEndpoint.Parse($"prometheus=127.0.0.1:{port}")]);
        using var metrics = new BridgeMetrics();
        var recorder = new LatencyRecorder(1000, capacity: 4096);
        recorder.Listener = metrics;
        void Key(long t)
        {
            var id = recorder.Begin(KeyName.Right, "menu", PagePath.Native, "none", t);
            recorder.AddStage(id, LatencyStage.Layout, 0.5);
            recorder.Committed(id, t + 2);
            recorder.PresentFrame(t + 5);
        }
        for (var i = 0; i < 10; i++)
        {
            Key(i * 10);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 10; i < 1000; i++)
        {
            Key(i * 10);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        // The keys went into the exported histograms, not into a pipeline that drops them.
        using var http = new HttpClient();
        var scrape = await http.GetStringAsync($"http://127.0.0.1:{port}/metrics");
        Assert.Matches("bridge_key_committed_milliseconds_count\\{[^}]*page=\"menu\"[^}]*\\} 1000", scrape);
    }

    private AppHost StartHost()
    {
        var pages = new NativePages().Add("Menu", _ => View(testId: "menu")
        [
            View(testId: "one", focusable: true, style: new() { Height = 40 }),
            View(testId: "two", focusable: true, style: new() { Height = 40 }, onPress: () => { })
        ]);
        var manifest = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifest, """{"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native"}}}""");
        return AppHost.Create(new HostOptions(new ScreenSize(320, 200), "unpaced", "null", _dir), new ServiceCollection().BuildServiceProvider(),
            pages, Manifest.Load(manifest, pages.Names), Serilog.Core.Logger.None);
    }

    private static MeterListener Listen(List<(string, double, Dictionary<string, object?>)> into)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == BridgeMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => into.Add((instrument.Name, value, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => into.Add((instrument.Name, value, ToDictionary(tags))));
        listener.Start();
        return listener;
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var d = new Dictionary<string, object?>();
        foreach (var t in tags)
        {
            d[t.Key] = t.Value;
        }
        return d;
    }

    private static async Task<byte[]> ReceiveOne(HttpListener listener)
    {
        while (true)
        {
            var context = await listener.GetContextAsync();
            using var memory = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(memory);
            context.Response.StatusCode = 200;
            context.Response.Close();
            if (context.Request.Url?.AbsolutePath == "/v1/metrics" && memory.Length > 0)
            {
                return memory.ToArray();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
