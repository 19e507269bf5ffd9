using Serilog;

namespace Bridge.Host;

/// <summary>Exports a running host's metrics (key latency, frame times, rollbacks, errors) to collectors; an app registers
/// one as a service when it exports metrics (Bridge.Telemetry's <c>builder.AddTelemetry()</c>), so an app that does not
/// leaves the OpenTelemetry packages out.</summary>
public interface IHostMetricsFactory
{
    /// <summary>Checks <c>--metrics</c> values before anything starts.</summary>
    /// <exception cref="AppStartException">A value is malformed; the message names it and what was expected.</exception>
    void Validate(IReadOnlyList<string> endpoints);

    /// <summary>Starts exporting the started host's metrics to the endpoints (<c>prometheus=HOST:PORT</c>, <c>otlp=URL</c>).</summary>
    IHostMetrics Start(AppHost host, IReadOnlyList<string> endpoints, ILogger log);
}

/// <summary>A host's metrics export, running until disposed (disposing flushes it).</summary>
public interface IHostMetrics : IDisposable
{
    /// <summary>Pushes what push exporters hold, then keeps the endpoints up for <paramref name="duration"/> so that a
    /// scraper sees the final values.</summary>
    void Hold(TimeSpan duration);
}
