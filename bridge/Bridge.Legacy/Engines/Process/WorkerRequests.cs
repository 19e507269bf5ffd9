namespace Bridge.Legacy.Engines.Process;

/// <summary>The worker's requests, read by the main loop itself: no thread hand-off between a request arriving and its
/// pump starting. While the main loop answers one, a watch thread waits on the input: an interrupt that arrives then
/// reaches the runtime at once; any other request is kept for the main loop, in order.</summary>
/// <remarks>Both read under one lock, and only whole requests (the host writes each in one flush). The watch thread reads
/// only while watching is on, after checking again under the lock that bytes wait, so it never blocks in a read that
/// the main loop's next request would end.</remarks>
internal sealed class WorkerRequests : IDisposable
{
    private static readonly TimeSpan s_watchStep = TimeSpan.FromMilliseconds(10);
    private readonly BinaryReader _reader;
    private readonly int _descriptor;
    private readonly IJsRuntime _runtime;
    private readonly TextWriter _errors;
    private readonly object _readGate = new();
    private readonly Queue<(byte Kind, byte[] Payload)?> _early = new();
    private readonly ManualResetEventSlim _watching = new(false, spinCount: 1);
    private readonly Thread _watch;
    private volatile bool _disposed;

    public WorkerRequests(Stream input, int descriptor, IJsRuntime runtime, TextWriter errors)
    {
        _reader = new BinaryReader(input);
        _descriptor = descriptor;
        _runtime = runtime;
        _errors = errors;
        _watch = new Thread(WatchLoop) { IsBackground = true, Name = "bridge-worker-watch" };
        _watch.Start();
    }

    /// <summary>The next request for the main loop (never an interrupt); null at the end of the input.</summary>
    public (byte Kind, byte[] Payload)? Next()
    {
        lock (_readGate)
        {
            while (true)
            {
                var request = _early.Count > 0 ? _early.Dequeue() : Read();
                if (request is not { Kind: RuntimeProtocol.Interrupt })
                {
                    return request;
                }
                // An interrupt that arrived after its pump ended: as the runtime takes it when idle.
                _runtime.Interrupt();
            }
        }
    }

    /// <summary>Turns the watch on while the main loop runs a request, off when it is done.</summary>
    public void Watch(bool on)
    {
        if (on)
        {
            _watching.Set();
        }
        else
        {
            _watching.Reset();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _watching.Set();
    }

    private void WatchLoop()
    {
        while (!_disposed)
        {
            // Off between requests: the next one turns it on.
            _watching.Wait();
            while (_watching.IsSet && !_disposed)
            {
                if (!PipePoll.WaitReadable(_descriptor, s_watchStep))
                {
                    continue;
                }
                lock (_readGate)
                {
                    if (!_watching.IsSet || _disposed || !PipePoll.WaitReadable(_descriptor, TimeSpan.Zero))
                    {
                        continue;
                    }
                    var request = Read();
                    if (request is { Kind: RuntimeProtocol.Interrupt })
                    {
                        _runtime.Interrupt();
                        continue;
                    }
                    _early.Enqueue(request);
                    if (request is null)
                    {
                        return; // the input ended: the main loop sees it after its request
                    }
                }
            }
        }
    }

    private (byte Kind, byte[] Payload)? Read()
    {
        try
        {
            return RuntimeWorker.ReadRequest(_reader);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            _errors.WriteLine($"bridge-legacy-worker: reading requests failed: {e.Message}");
            return null;
        }
    }
}
