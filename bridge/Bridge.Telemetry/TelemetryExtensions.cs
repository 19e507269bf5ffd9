using Bridge.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace Bridge.Telemetry;

/// <summary>Adds metrics export to an app: <c>run</c> and <c>compare</c> then accept <c>--metrics</c>.</summary>
public static class TelemetryExtensions
{
    /// <summary>Lets the app export its metrics through OpenTelemetry (<c>--metrics prometheus=HOST:PORT</c> serves a
    /// scrape endpoint, <c>--metrics otlp=URL</c> pushes to a collector); the meter is <see cref="BridgeMetrics.MeterName"/>.</summary>
    public static IBridgeAppBuilder AddTelemetry(this IBridgeAppBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IHostMetricsFactory, Factory>();
        return builder;
    }

    private sealed class Factory : IHostMetricsFactory
    {
        public void Validate(IReadOnlyList<string> endpoints)
        {
            foreach (var endpoint in endpoints)
            {
                try
                {
                    MetricsEndpoint.Parse(endpoint);
                }
                catch (FormatException e)
                {
                    throw new AppStartException(e.Message, e);
                }
            }
        }

        public IHostMetrics Start(AppHost host, IReadOnlyList<string> endpoints, ILogger log) => HostTelemetry.Start(host, endpoints, log);
    }
}
