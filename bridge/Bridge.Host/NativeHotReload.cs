using System.Reflection.Metadata;
using System.Runtime.CompilerServices;

[assembly: MetadataUpdateHandler(typeof(Bridge.Host.NativeHotReload))]

namespace Bridge.Host;

/// <summary>.NET hot reload of native pages: <c>dotnet watch</c> applies an edit to the running app's code, then calls
/// <see cref="UpdateApplication"/>, which asks every running host to mount its native pages again so that they run the
/// edited code.</summary>
/// <remarks>The runtime calls the handler on a thread of its own; a host only takes the request there (a flag) and mounts
/// the pages on its frame loop, at the start of its next frame (<see cref="AppHost.RunFrame"/>), in place: the navigation
/// stack, params and focus by testID are kept, a covered page mounts again when it comes back. Page state held in
/// signals starts afresh. An edit the runtime cannot apply (rude edit) is <c>dotnet watch</c>'s to handle: it offers to
/// restart the app.</remarks>
public static class NativeHotReload
{
    // Weak: a host nobody disposed is not kept alive by the handler.
    private static readonly ConditionalWeakTable<AppHost, object> s_hosts = new();

    /// <summary>Code updates applied so far in this process.</summary>
    public static int Updates => s_updates;

    private static int s_updates;

    /// <summary>Called by the runtime after an update: nothing is cached by type here.</summary>
    public static void ClearCache(Type[]? updatedTypes)
    {
    }

    /// <summary>Called by the runtime after an update was applied: every running host mounts its native pages again on its
    /// next frame.</summary>
    public static void UpdateApplication(Type[]? updatedTypes)
    {
        Interlocked.Increment(ref s_updates);
        foreach (var (host, _) in s_hosts)
        {
            host.RequestNativeRemount();
        }
    }

    internal static void Add(AppHost host) => s_hosts.TryAdd(host, s_hosts);

    internal static void Remove(AppHost host) => s_hosts.Remove(host);
}
