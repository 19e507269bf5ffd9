using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Serilog;

namespace Bridge.Serve;

/// <summary>One preview page's socket: a receive loop that checks each message (<see cref="PreviewMessage"/>) and posts
/// it to the loop, and a send loop that writes what was queued for it (text in order, then only the newest frame).</summary>
/// <remarks>A slow page never holds the loop back: its oldest text messages are dropped past <see cref="MaxQueuedText"/>
/// and frames it could not take in time are replaced by newer ones.</remarks>
internal sealed class PreviewClient : IDisposable
{
    /// <summary>Longest message a page may send, in bytes; a longer one closes its socket.</summary>
    public const int MaxMessageBytes = 4096;

    /// <summary>Text messages kept for a page that does not read them.</summary>
    public const int MaxQueuedText = 512;

    private readonly WebSocket _socket;
    private readonly ILogger _log;
    private readonly ConcurrentQueue<string> _text = new();
    private readonly SemaphoreSlim _ready = new(0);
    private readonly CancellationTokenSource _closed = new();
    private byte[]? _frame;
    private long _dropped;
    // Set by the receive loop when the page broke the rules: the close frame that tells it why.
    private (WebSocketCloseStatus Status, string Reason)? _refusal;

    public PreviewClient(long id, WebSocket socket, ILogger log)
    {
        Id = id;
        _socket = socket;
        _log = log;
    }

    /// <summary>The page's number in this run (1, 2, ...).</summary>
    public long Id { get; }

    /// <summary>True while the page's inspector is open (it then receives the tree); set on the loop thread.</summary>
    public volatile bool Inspecting;

    /// <summary>Queues a text message for the page.</summary>
    public void SendText(string json)
    {
        _text.Enqueue(json);
        while (_text.Count > MaxQueuedText && _text.TryDequeue(out _))
        {
            if (Interlocked.Increment(ref _dropped) == 1)
            {
                _log.Warning("Preview {Client} reads too slowly: dropping its oldest messages", Id);
            }
        }
        Signal();
    }

    /// <summary>Queues a frame (JPEG) for the page, replacing one it has not been sent yet.</summary>
    public void SendFrame(byte[] image)
    {
        Volatile.Write(ref _frame, image);
        Signal();
    }

    /// <summary>Ends both loops.</summary>
    public void Close()
    {
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already gone.
        }
    }

    /// <summary>Receives messages until the page closes the socket, sends one that is too long, or
    /// <paramref name="cancel"/> is signalled; a message that is not a valid request is answered with an error and logged.</summary>
    public async Task RunAsync(Action<LoopCommand> post, CancellationToken cancel)
    {
        // linked: the page is gone or the app stops (cancelling a socket operation aborts the socket); stopSending: the
        // receive loop is done, so the send loop finishes the send in flight and starts no other.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancel, _closed.Token);
        using var stopSending = CancellationTokenSource.CreateLinkedTokenSource(linked.Token);
        var sending = SendLoopAsync(stopSending.Token, linked.Token);
        try
        {
            await ReceiveLoopAsync(post, linked.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The page went away or the app is stopping.
        }
        finally
        {
            // The send loop ends first: a close frame may not go out beside a send, and a send after it fails.
            stopSending.Cancel();
            try
            {
                await sending.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (TimeoutException)
            {
                // A page that does not read holds its send: abort it.
                linked.Cancel();
                await sending;
            }
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try
                {
                    var (status, reason) = _refusal ?? (WebSocketCloseStatus.NormalClosure, "bye");
                    await _socket.CloseOutputAsync(status, reason, timeout.Token);
                    if (_refusal is not null)
                    {
                        await DrainUntilClosedAsync(timeout.Token);
                    }
                }
                catch (Exception e) when (e is OperationCanceledException or WebSocketException)
                {
                    // Closing is best effort.
                }
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _closed.Dispose();
        _ready.Dispose();
    }

    private void Signal()
    {
        try
        {
            if (_ready.CurrentCount == 0)
            {
                _ready.Release();
            }
        }
        catch (ObjectDisposedException)
        {
            // The page closed while the loop published to it.
        }
    }

    // After our close frame, reads (and drops) what the page still sends until its close frame answers ours, until
    // `cancel` (a timeout): ending the connection with the rest of a long message unread resets it, and the page would see
    // no close frame and so no reason (1006 instead of 1009). Cancelling a receive aborts the socket, so nothing else may
    // cancel this one.
    private async Task DrainUntilClosedAsync(CancellationToken cancel)
    {
        var buffer = new byte[MaxMessageBytes];
        try
        {
            while (_socket.State == WebSocketState.CloseSent)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), cancel);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The page went away without answering: nothing more to wait for.
            _log.Debug("Preview {Client}: no close frame came back after ours ({Reason})", Id, e.Message);
        }
    }

    private async Task ReceiveLoopAsync(Action<LoopCommand> post, CancellationToken cancel)
    {
        var buffer = new byte[MaxMessageBytes];
        while (_socket.State == WebSocketState.Open)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length == buffer.Length)
                {
                    _log.Warning("Preview {Client}: rejected a message longer than {Max} bytes; closing its socket", Id, MaxMessageBytes);
                    _refusal = (WebSocketCloseStatus.MessageTooBig, $"messages are at most {MaxMessageBytes} bytes");
                    return;
                }
                result = await _socket.ReceiveAsync(buffer.AsMemory(length), cancel);
                length += result.Count;
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
            if (result.MessageType != WebSocketMessageType.Text)
            {
                Reject("binary messages are not accepted; send JSON text");
                continue;
            }
            if (PreviewMessage.TryParse(buffer.AsSpan(0, length), out var command, out var error))
            {
                post(command with { Client = this });
            }
            else
            {
                Reject(error);
            }
        }
    }

    /// <summary>Queues an error for the page to show.</summary>
    public void SendError(string message) => SendText(System.Text.Json.JsonSerializer.Serialize(new { type = "error", message }));

    private void Reject(string reason)
    {
        _log.Warning("Preview {Client}: rejected a message: {Reason}", Id, reason);
        SendError(reason);
    }

    // Sends what was queued until `stop`, never starting a send after it; `abort` (the page is gone, the app stops)
    // also cancels the send in flight.
    private async Task SendLoopAsync(CancellationToken stop, CancellationToken abort)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await _ready.WaitAsync(stop);
                while (!stop.IsCancellationRequested && _text.TryDequeue(out var json))
                {
                    await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, abort);
                }
                if (!stop.IsCancellationRequested && Interlocked.Exchange(ref _frame, null) is { } image)
                {
                    await _socket.SendAsync(image, WebSocketMessageType.Binary, true, abort);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !abort.IsCancellationRequested)
        {
            // The receive loop is done: it closes the socket.
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The page went away or the app is stopping: the receive loop ends too.
            Close();
        }
    }
}
