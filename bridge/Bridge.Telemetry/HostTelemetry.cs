using Bridge.Host;
using Bridge.Migration;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Serilog;

namespace Bridge.Telemetry;

/// <summary>Exports a running app's <see cref="BridgeMetrics"/> through OpenTelemetry: a Prometheus scrape endpoint
/// and/or an OTLP exporter, as a fleet of devices reports to an existing collector.</summary>
/// <remarks>Histograms use <see cref="BridgeMetrics.BucketsMs"/> as explicit buckets. Disposing flushes the OTLP
/// exporter and closes the scrape endpoint.</remarks>
public sealed class HostTelemetry : IHostMetrics
{
    private readonly BridgeMetrics _metrics;
    private readonly MeterProvider _provider;
    private readonly HostMonitor _monitor;
    private readonly ILogger _log;

    private HostTelemetry(BridgeMetrics metrics, MeterProvider provider, HostMonitor monitor, IReadOnlyList<MetricsEndpoint> endpoints, ILogger log)
    {
        _metrics = metrics;
        _provider = provider;
        _monitor = monitor;
        Endpoints = endpoints;
        _log = log;
    }

    /// <summary>Where the metrics go.</summary>
    public IReadOnlyList<MetricsEndpoint> Endpoints { get; }

    /// <summary>How often the OTLP exporter pushes, in milliseconds.</summary>
    public const int OtlpIntervalMs = 5000;

    /// <summary>Starts exporting a started host's metrics (its key latency recorder, frames, rollbacks and errors) to the
    /// endpoints named by <c>--metrics</c> values.</summary>
    /// <exception cref="FormatException">A value is malformed.</exception>
    public static HostTelemetry Start(AppHost host, IReadOnlyList<string> endpoints, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(endpoints);
        var parsed = endpoints.Select(MetricsEndpoint.Parse).ToList();
        var provider = Build(parsed);
        var metrics = new BridgeMetrics();
        var monitor = new HostMonitor(host);
        metrics.Attach(host.Latency.Recorder, monitor);
        foreach (var e in parsed)
        {
            log.Information("Metrics ({Kind}) at {Address}{Path}", e.Kind, e.Address, e.Kind == MetricsEndpointKind.Prometheus ? "metrics" : "");
        }
        return new HostTelemetry(metrics, provider, monitor, parsed, log);
    }

    /// <summary>Builds the OpenTelemetry pipeline of the Bridge meter for the endpoints.</summary>
    public static MeterProvider Build(IReadOnlyList<MetricsEndpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var builder = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(r => r.AddService("bridge", serviceInstanceId: Environment.MachineName))
            .AddMeter(BridgeMetrics.MeterName)
            .AddView("bridge.*", new ExplicitBucketHistogramConfiguration { Boundaries = BridgeMetrics.BucketsMs });
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Kind == MetricsEndpointKind.Prometheus)
            {
                builder.AddPrometheusHttpListener(o =>
                {
                    o.Host = endpoint.Address.Host;
                    o.Port = endpoint.Address.Port;
                });
            }
            else
            {
                builder.AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = endpoint.Address;
                    exporter.Protocol = endpoint.Address.Port == 4318 || endpoint.Address.AbsolutePath.EndsWith("/v1/metrics", StringComparison.Ordinal)
                        ? OtlpExportProtocol.HttpProtobuf
                        : OtlpExportProtocol.Grpc;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = OtlpIntervalMs;
                });
            }
        }
        return builder.Build() ?? throw new InvalidOperationException("OpenTelemetry built no meter provider");
    }

    /// <summary>Keeps the scrape endpoint up (and the exporter running) after the run, so a collector sees the last
    /// values; pushes to OTLP collectors at once.</summary>
    public void Hold(TimeSpan duration)
    {
        _provider.ForceFlush(5000);
        if (duration > TimeSpan.Zero)
        {
            _log.Information("Metrics: holding the endpoints for {Seconds:0.#} s after the run", duration.TotalSeconds);
            Thread.Sleep(duration);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _metrics.Dispose();
        _monitor.Dispose();
        _provider.Dispose();
    }
}
