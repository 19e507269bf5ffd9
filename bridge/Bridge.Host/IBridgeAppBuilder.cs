using Bridge.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Host;

/// <summary>What an app configures before it runs: its services, its native pages and its options. Plug-ins (the legacy
/// side, telemetry) extend it with methods of their own, as <c>builder.AddLegacyPages()</c>.</summary>
public interface IBridgeAppBuilder
{
    /// <summary>The app's services: what its pages ask for in their constructors, the <c>fetchData</c> service
    /// (<see cref="Routing.IHostDataService"/>), startup tasks (<see cref="IStartupTask"/>).</summary>
    IServiceCollection Services { get; }

    /// <summary>The app's native pages by manifest name.</summary>
    NativePages Pages { get; }

    /// <summary>Where the app's files are and what it runs by default.</summary>
    BridgeAppOptions Options { get; }
}
