using Bridge.Host;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Bridge.Cli.Running;

/// <summary>The <c>--metrics</c> option against the app's metrics exporter (registered by <c>builder.AddTelemetry()</c>).</summary>
internal static class MetricsExport
{
    /// <summary>Checks the values before anything starts.</summary>
    /// <exception cref="AppStartException">Metrics were asked of an app that exports none, or a value is malformed.</exception>
    public static void Check(IServiceProvider services, IReadOnlyList<string> endpoints)
    {
        if (endpoints.Count > 0)
        {
            Factory(services).Validate(endpoints);
        }
    }

    /// <summary>Starts exporting the host's metrics; null when no endpoint was asked for.</summary>
    public static IHostMetrics? Start(IServiceProvider services, AppHost host, IReadOnlyList<string> endpoints, ILogger log) =>
        endpoints.Count == 0 ? null : Factory(services).Start(host, endpoints, log);

    private static IHostMetricsFactory Factory(IServiceProvider services) =>
        services.GetService<IHostMetricsFactory>()
        ?? throw new AppStartException("--metrics: this app exports no metrics; reference the Bridge.Telemetry package and call builder.AddTelemetry()");
}
