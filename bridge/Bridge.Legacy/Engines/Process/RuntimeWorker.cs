using System.Collections.Concurrent;

namespace Bridge.Legacy.Engines.Process;

/// <summary>The child-process end of <see cref="ProcessJsRuntime"/>: runs one JS runtime and answers the host's requests.</summary>
/// <remarks>The main loop reads each request itself and answers it; while it runs script (a load or a pump), a watch thread
/// reads what arrives meanwhile: an interrupt goes to the runtime at once (the main loop is busy in the pump it stops),
/// anything else waits in order for the main loop (see <see cref="WorkerRequests"/>). Whatever the runtime does, a failure
/// the runtime reports becomes an answer; one it cannot report (an engine abort, a native stack overflow) ends this
/// process, and the host sees its pipe close.</remarks>
public static class RuntimeWorker
{
    /// <summary>Serves requests until the input ends or a Quit arrives; returns the exit code.</summary>
    /// <param name="args"><c>--engine v8|jint</c> and the limits: <c>--heap MB</c>, <c>--array-buffers MB</c>,
    /// <c>--statements N</c>, <c>--timeout-ms N</c>.</param>
    /// <param name="input">Where requests come from (the worker's stdin).</param>
    /// <param name="output">Where answers go (the worker's original stdout).</param>
    /// <param name="errors">Where diagnostics go (stderr).</param>
    /// <param name="inputDescriptor">The file descriptor under <paramref name="input"/>, for waiting on it with a timeout;
    /// -1 when it has none (then a reader thread takes every request off the input and hands it to the main loop).</param>
    public static int Serve(string[] args, Stream input, Stream output, TextWriter errors, int inputDescriptor = -1)
    {
        ArgumentNullException.ThrowIfNull(args);
        var engine = Option(args, "--engine") ?? "v8";
        var options = new LegacyEngineOptions
        {
            HeapLimitMegabytes = int.Parse(Option(args, "--heap") ?? "256", System.Globalization.CultureInfo.InvariantCulture),
            ArrayBufferLimitMegabytes = int.Parse(Option(args, "--array-buffers") ?? "64", System.Globalization.CultureInfo.InvariantCulture),
            MaxStatementsPerPump = int.Parse(Option(args, "--statements") ?? "100000000", System.Globalization.CultureInfo.InvariantCulture),
            HandlerTimeout = TimeSpan.FromMilliseconds(int.Parse(Option(args, "--timeout-ms") ?? "2000", System.Globalization.CultureInfo.InvariantCulture)),
        };
        IJsRuntime runtime;
        try
        {
            runtime = engine == "jint" ? new JintJsRuntime(options) : new V8JsRuntime(options);
        }
        catch (Exception e)
        {
            errors.WriteLine($"bridge-legacy-worker: cannot create the {engine} engine: {e.Message}");
            return 3;
        }
        using var writer = new BinaryWriter(output);
        using (runtime)
        {
            if (inputDescriptor >= 0)
            {
                using var requests = new WorkerRequests(input, inputDescriptor, runtime, errors);
                while (requests.Next() is { Kind: not RuntimeProtocol.Quit } request)
                {
                    var (kind, payload) = request;
                    requests.Watch(true);
                    try
                    {
                        Answer(kind, payload, runtime, writer);
                    }
                    finally
                    {
                        requests.Watch(false);
                    }
                    writer.Flush();
                }
                return 0;
            }
            var queued = new BlockingCollection<(byte Kind, byte[] Payload)>();
            var reader = new Thread(() => Read(input, runtime, queued, errors)) { IsBackground = true, Name = "bridge-worker-input" };
            reader.Start();
            foreach (var (kind, payload) in queued.GetConsumingEnumerable())
            {
                if (kind == RuntimeProtocol.Quit)
                {
                    return 0;
                }
                Answer(kind, payload, runtime, writer);
                writer.Flush();
            }
        }
        return 0;
    }

    /// <summary>Reads one request (kind, length, payload); null at the end of the input.</summary>
    internal static (byte Kind, byte[] Payload)? ReadRequest(BinaryReader reader)
    {
        byte kind;
        try
        {
            kind = reader.ReadByte();
        }
        catch (EndOfStreamException)
        {
            return null; // the host closed our input: it is gone or done with us
        }
        var length = reader.ReadInt32();
        if (length < 0 || length > RuntimeProtocol.MaxMessageBytes)
        {
            throw new InvalidDataException($"a request of {length} bytes");
        }
        return (kind, reader.ReadBytes(length));
    }

    private static void Read(Stream input, IJsRuntime runtime, BlockingCollection<(byte, byte[])> requests, TextWriter errors)
    {
        try
        {
            using var reader = new BinaryReader(input);
            while (ReadRequest(reader) is { } request)
            {
                var (kind, payload) = request;
                if (kind == RuntimeProtocol.Interrupt)
                {
                    runtime.Interrupt();
                    continue;
                }
                requests.Add((kind, payload));
                if (kind == RuntimeProtocol.Quit)
                {
                    break;
                }
            }
        }
        catch (Exception e)
        {
            errors.WriteLine($"bridge-legacy-worker: reading requests failed: {e.Message}");
        }
        requests.CompleteAdding();
    }

    private static void Answer(byte kind, byte[] payload, IJsRuntime runtime, BinaryWriter writer)
    {
        using var request = new BinaryReader(new MemoryStream(payload));
        switch (kind)
        {
            case RuntimeProtocol.Load:
                var name = request.ReadString();
                var source = request.ReadString();
                try
                {
                    runtime.Load(source, name);
                    writer.Write(RuntimeProtocol.Ok);
                    writer.Write(RuntimeProtocol.FromNullable(runtime.AnswersKeys));
                }
                catch (JsRuntimeException e)
                {
                    writer.Write(RuntimeProtocol.Failed);
                    writer.Write(e.Message);
                    writer.Write(e.Fatal);
                }
                break;
            case RuntimeProtocol.Pump:
                var frameTime = request.ReadDouble();
                var input = request.ReadBytes(request.ReadInt32());
                try
                {
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    var length = runtime.Pump(input, frameTime);
                    var scriptMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    writer.Write(RuntimeProtocol.Ok);
                    writer.Write(length);
                    if (length > 0)
                    {
                        writer.Write(runtime.Output(length).Span);
                    }
                    writer.Write(runtime.HeapBytes is >= 0 and var heap ? heap : GC.GetTotalMemory(false));
                    writer.Write(runtime.NextTimerDue());
                    writer.Write(scriptMs);
                }
                catch (JsRuntimeException e)
                {
                    writer.Write(RuntimeProtocol.Failed);
                    writer.Write(e.Message);
                    writer.Write(e.Interrupted);
                    writer.Write(e.Fatal);
                    writer.Write(e.HeapExhausted);
                }
                break;
            case RuntimeProtocol.ActiveRoot:
                writer.Write(runtime.ActivePageRoot());
                break;
            case RuntimeProtocol.Collect:
                runtime.CollectGarbage();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                NativeHeap.Trim();
                writer.Write(runtime.HeapBytes is >= 0 and var live ? live : GC.GetTotalMemory(true));
                break;
            default:
                throw new InvalidDataException($"unknown request {kind}");
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
