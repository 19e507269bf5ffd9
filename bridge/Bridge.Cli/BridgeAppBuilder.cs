using Bridge.Host;
using Bridge.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Cli;

/// <summary>Configures an app before it runs: its native pages, its services and options; <see cref="Build"/> makes the app.</summary>
/// <remarks>Made by <see cref="BridgeApp.CreateBuilder"/>.</remarks>
public sealed class BridgeAppBuilder : IBridgeAppBuilder
{
    private bool _built;

    internal BridgeAppBuilder(string[] args)
    {
        Args = args ?? throw new ArgumentNullException(nameof(args));
    }

    /// <summary>The command line the program was started with.</summary>
    public string[] Args { get; }

    /// <inheritdoc/>
    public IServiceCollection Services { get; } = new ServiceCollection();

    /// <inheritdoc/>
    public NativePages Pages { get; } = new();

    /// <inheritdoc/>
    public BridgeAppOptions Options { get; } = new();

    /// <summary>Builds the app; the builder cannot be used after.</summary>
    public BridgeApp Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("BridgeAppBuilder.Build: the app was already built");
        }
        _built = true;
        var services = Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new BridgeApp(Args, services, Pages, Options);
    }
}
