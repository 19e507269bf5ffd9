using Bridge.Cli;
using Bridge.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bridge.Serve;

/// <summary>Adds the <c>serve</c> verb to an app: <c>builder.AddServe()</c>.</summary>
public static class ServeExtensions
{
    /// <summary>Lets the app run live behind a preview page in a browser (<c>bridge serve</c>).</summary>
    public static IBridgeAppBuilder AddServe(this IBridgeAppBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAppVerb, ServeVerb>());
        return builder;
    }
}
