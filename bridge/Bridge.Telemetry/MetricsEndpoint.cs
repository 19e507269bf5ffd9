namespace Bridge.Telemetry;

/// <summary>Where metrics go.</summary>
public enum MetricsEndpointKind : byte
{
    /// <summary>A Prometheus scrape endpoint this process serves (<c>http://HOST:PORT/metrics</c>).</summary>
    Prometheus = 1,

    /// <summary>An OpenTelemetry collector this process pushes to over OTLP.</summary>
    Otlp = 2,
}

/// <summary>One <c>--metrics</c> value: <c>prometheus=HOST:PORT</c> (serve a scrape endpoint) or <c>otlp=URL</c> (push to
/// a collector; <c>http://…:4318</c> is OTLP over HTTP/protobuf, any other port gRPC).</summary>
/// <param name="Kind">Prometheus or OTLP.</param>
/// <param name="Address">The scrape listener's prefix (<c>http://HOST:PORT/</c>) or the collector's URL.</param>
public sealed record MetricsEndpoint(MetricsEndpointKind Kind, Uri Address)
{
    /// <summary>Parses a <c>--metrics</c> value.</summary>
    /// <exception cref="FormatException">The value names no known kind or a malformed address; the message says which.</exception>
    public static MetricsEndpoint Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        var kind = equals < 0 ? value : value[..equals];
        var address = equals < 0 ? "" : value[(equals + 1)..];
        switch (kind)
        {
            case "prometheus":
                var hostPort = address.Length == 0 ? "127.0.0.1:9464" : address;
                if (!Uri.TryCreate($"http://{hostPort}/", UriKind.Absolute, out var listen) || listen.IsDefaultPort || listen.AbsolutePath != "/")
                {
                    throw new FormatException($"--metrics {value}: expected prometheus=HOST:PORT, e.g. prometheus=127.0.0.1:9464");
                }
                return new MetricsEndpoint(MetricsEndpointKind.Prometheus, listen);
            case "otlp":
                var url = address.Length == 0 ? "http://127.0.0.1:4317" : address;
                if (!Uri.TryCreate(url, UriKind.Absolute, out var collector) || collector.Scheme is not ("http" or "https"))
                {
                    throw new FormatException($"--metrics {value}: expected otlp=URL, e.g. otlp=http://collector:4317 (gRPC) or otlp=http://collector:4318 (HTTP)");
                }
                return new MetricsEndpoint(MetricsEndpointKind.Otlp, collector);
            default:
                throw new FormatException($"--metrics {value}: \"{kind}\" is not a metrics endpoint (expected prometheus=HOST:PORT or otlp=URL)");
        }
    }
}
