using System.Collections.Concurrent;
using System.Net.WebSockets;
using Serilog;

namespace Bridge.Serve;

/// <summary>The preview pages connected to the app: each gets what the loop publishes (frames, state, latency, and the
/// tree while its inspector is open).</summary>
/// <remarks>Thread-safe: the loop thread and the encoder publish, socket threads connect and leave.</remarks>
internal sealed class PreviewHub : IDisposable
{
    private readonly ConcurrentDictionary<long, PreviewClient> _clients = new();
    private readonly Action<LoopCommand> _post;
    private readonly ILogger _log;
    private long _nextId;
    private volatile byte[]? _lastFrame;

    public PreviewHub(Action<LoopCommand> post, ILogger log)
    {
        _post = post;
        _log = log;
    }

    /// <summary>The last frame published (JPEG), sent to a page when it connects.</summary>
    public byte[]? LastFrame => _lastFrame;

    /// <summary>Pages connected now.</summary>
    public int Count => _clients.Count;

    /// <summary>True when some page's inspector is open.</summary>
    public bool AnyInspecting
    {
        get
        {
            foreach (var client in _clients.Values)
            {
                if (client.Inspecting)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Serves one page's socket until it closes or <paramref name="cancel"/> is signalled, then forgets it.</summary>
    public async Task ServeAsync(WebSocket socket, string remote, CancellationToken cancel)
    {
        var id = Interlocked.Increment(ref _nextId);
        using var client = new PreviewClient(id, socket, _log);
        _clients[id] = client;
        _log.Information("Preview {Client} connected from {Remote} ({Count} open)", id, remote, _clients.Count);
        try
        {
            _post(new LoopCommand(LoopCommandKind.Hello, client));
            await client.RunAsync(_post, cancel);
        }
        finally
        {
            _clients.TryRemove(id, out _);
            _log.Information("Preview {Client} closed ({Count} open)", id, _clients.Count);
        }
    }

    /// <summary>Sends a text message to every page (or only those whose inspector is open).</summary>
    public void Broadcast(string json, bool inspectingOnly = false)
    {
        foreach (var client in _clients.Values)
        {
            if (!inspectingOnly || client.Inspecting)
            {
                client.SendText(json);
            }
        }
    }

    /// <summary>Sends a frame (JPEG) to every page and keeps it for pages that connect later.</summary>
    public void PublishFrame(byte[] image)
    {
        _lastFrame = image;
        foreach (var client in _clients.Values)
        {
            client.SendFrame(image);
        }
    }

    /// <summary>Closes every page's socket.</summary>
    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Close();
        }
    }
}
