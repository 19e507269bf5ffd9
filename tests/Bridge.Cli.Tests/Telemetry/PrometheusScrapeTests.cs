using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Bridge.Telemetry;

namespace Bridge.Cli.Tests.Telemetry;

/// <summary>A real Prometheus server (Debian's <c>prometheus</c>) scrapes <c>bridge run --metrics</c> while it runs; the
/// p99 it computes from the exported histograms agrees with report.json within one bucket, per page and path.</summary>
public sealed class PrometheusScrapeTests : IDisposable
{
    private const string PrometheusBinary = "/usr/bin/prometheus";
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-prometheus-").FullName;
    private Process? _prometheus;

    [Fact]
    public async Task Prometheus_histogram_quantile_per_page_and_path_agrees_with_report_json_within_one_bucket()
    {
        Assert.True(File.Exists(PrometheusBinary), $"{PrometheusBinary} is missing: scripts/setup installs Debian's prometheus");
        var appPort = FreePort();
        var prometheusPort = FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{prometheusPort}/"), Timeout = TimeSpan.FromSeconds(10) };
        StartPrometheus(appPort, prometheusPort);
        await WaitReady(http);
        var manifest = Write("manifest.json", """
            {"start": "home", "engine": "v8", "bundles": [BUNDLE],
             "pages": {"home": {"native": "Home", "legacy": "home", "live": "native"},
                       "search": {"legacy": "search", "live": "legacy"}}}
            """.Replace("BUNDLE", JsonSerializer.Serialize(BridgeProcess.DemoBundle), StringComparison.Ordinal));
        var script = Write("script.json", """
            {"size": [1280, 720], "steps": [{"navigate": "home"}, {"idle": true}, {"key": "right", "repeat": 12}, {"key": "down", "repeat": 3},
              {"key": "left", "repeat": 10}, {"navigate": "search"}, {"idle": true}, {"key": "right", "repeat": 12}, {"key": "left", "repeat": 10},
              {"idle": true}]}
            """);
        var outDir = Path.Combine(_dir, "out");

        using var app = BridgeProcess.Start("run", "--manifest", manifest, "--script", script, "--out", outDir, "--backend", "null",
            "--pace", "unpaced", "--metrics", $"prometheus=127.0.0.1:{appPort}", "--metrics-hold", "40");
        // The report is written before the hold starts: from then on the exported histograms hold every key.
        await app.WaitForOutput("holding the endpoints", TimeSpan.FromMinutes(3));
        var summaries = ReadCommittedP99(Path.Combine(outDir, "report.json"));
        Assert.Equal(2, summaries.Count);
        // Scrapes run every second, but the first one waits for Prometheus's scrape offset and a loaded machine can
        // delay more: ask until a scrape taken after the last key holds every page and path (the hold lasts 40 s).
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        Dictionary<(string Page, string Path), double> found, frames;
        while (true)
        {
            found = await Query(http, "histogram_quantile(0.99, sum by (le, page, path) (bridge_key_committed_milliseconds_bucket))");
            frames = await Query(http, "sum by (page, path) (bridge_frame_duration_milliseconds_count)");
            if (summaries.Keys.All(found.ContainsKey) || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(500);
        }
        // Queried while the app still serves: once it is gone, Prometheus marks its series stale.
        app.Stop();

        foreach (var ((page, path), reportP99) in summaries)
        {
            Assert.True(found.TryGetValue((page, path), out var prometheusP99), $"no p99 for {page}/{path} in Prometheus: {string.Join(", ", found.Keys)}");
            var reportBucket = Bucket(reportP99);
            var prometheusBucket = Bucket(prometheusP99);
            Assert.True(Math.Abs(reportBucket - prometheusBucket) <= 1,
                $"{page}/{path}: report.json p99 {reportP99} ms (bucket {reportBucket}) vs Prometheus {prometheusP99} ms (bucket {prometheusBucket})");
        }
        Assert.Contains(("home", "native"), frames.Keys);
    }

    public void Dispose()
    {
        if (_prometheus is { HasExited: false })
        {
            _prometheus.Kill(entireProcessTree: true);
            _prometheus.WaitForExit(5000);
        }
        _prometheus?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    // The index of the first bucket bound at or above the value, as Prometheus's le buckets count it.
    private static int Bucket(double ms)
    {
        var index = Array.FindIndex(BridgeMetrics.BucketsMs, bound => ms <= bound);
        return index < 0 ? BridgeMetrics.BucketsMs.Length : index;
    }

    private void StartPrometheus(int appPort, int prometheusPort)
    {
        var config = Write("prometheus.yml", $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: bridge
                static_configs:
                  - targets: ["127.0.0.1:{appPort}"]
            """);
        var start = new ProcessStartInfo(PrometheusBinary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
                 {
                     $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(_dir, "tsdb")}",
                     $"--web.listen-address=127.0.0.1:{prometheusPort}", "--log.level=warn",
                 })
        {
            start.ArgumentList.Add(a);
        }
        _prometheus = Process.Start(start)!;
        _prometheus.OutputDataReceived += (_, _) => { };
        _prometheus.ErrorDataReceived += (_, _) => { };
        _prometheus.BeginOutputReadLine();
        _prometheus.BeginErrorReadLine();
    }

    private async Task WaitReady(HttpClient http)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_prometheus!.HasExited, $"prometheus exited with {(_prometheus.HasExited ? _prometheus.ExitCode : 0)}");
            try
            {
                using var response = await http.GetAsync("-/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("prometheus did not become ready within 60 s");
    }

    /// <summary>Runs an instant query; the result by (page, path).</summary>
    private static async Task<Dictionary<(string Page, string Path), double>> Query(HttpClient http, string promql)
    {
        var json = await http.GetStringAsync("api/v1/query?query=" + Uri.EscapeDataString(promql));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("success", doc.RootElement.GetProperty("status").GetString());
        var result = new Dictionary<(string, string), double>();
        foreach (var series in doc.RootElement.GetProperty("data").GetProperty("result").EnumerateArray())
        {
            var metric = series.GetProperty("metric");
            var value = double.Parse(series.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
            result[(metric.GetProperty("page").GetString()!, metric.GetProperty("path").GetString()!)] = value;
        }
        return result;
    }

    private static Dictionary<(string Page, string Path), double> ReadCommittedP99(string reportJson)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(reportJson));
        return doc.RootElement.GetProperty("summaries").EnumerateArray().ToDictionary(
            s => (s.GetProperty("page").GetString()!, s.GetProperty("path").GetString()!),
            s => s.GetProperty("committed").GetProperty("p99").GetDouble());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
