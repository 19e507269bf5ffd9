using System.Diagnostics;
using System.Globalization;

namespace Bridge.Legacy.Engines.Process;

/// <summary>A JS runtime in a child process (<c>Bridge.Legacy.Worker</c>), driven over its stdin and stdout: whatever
/// the engine does, even an abort, ends that process only; the host sees a failed pump and starts another.</summary>
/// <remarks>One round trip per pump (request, then the output bytes). The watchdog's interrupt travels as a message the
/// worker acts on at once; <see cref="Abandon"/> kills the process when even that does not stop the script.</remarks>
internal sealed class ProcessJsRuntime : IJsRuntime, ISplitPump
{
    private const int StderrLines = 20;
    private readonly System.Diagnostics.Process _process;
    private readonly Stream _requests;
    // One request is built here whole and written to the pipe at once: the worker, waiting on the pipe, wakes for the
    // whole request, not for its first byte.
    private readonly MemoryStream _request = new();
    private readonly BinaryWriter _requestWriter;
    private readonly BinaryReader _reader;
    private readonly object _writeGate = new();
    private readonly Queue<string> _stderr = new();
    private readonly int _outputFd;
    private byte[] _output = new byte[64 * 1024];
    private bool _dead;
    private double _nextDue = -2;

    public ProcessJsRuntime(string engine, LegacyEngineOptions options)
    {
        EngineName = engine;
        var start = WorkerLocator.StartInfo(engine);
        foreach (var (name, value) in new[]
        {
            ("--engine", engine),
            ("--heap", options.HeapLimitMegabytes.ToString(CultureInfo.InvariantCulture)),
            ("--array-buffers", options.ArrayBufferLimitMegabytes.ToString(CultureInfo.InvariantCulture)),
            ("--statements", options.MaxStatementsPerPump.ToString(CultureInfo.InvariantCulture)),
            ("--timeout-ms", ((int)options.HandlerTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)),
        })
        {
            start.ArgumentList.Add(name);
            start.ArgumentList.Add(value);
        }
        try
        {
            _process = System.Diagnostics.Process.Start(start)
                ?? throw new JsRuntimeException(engine, "start", $"the runtime worker did not start ({start.FileName})");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new JsRuntimeException(engine, "start", $"cannot start the runtime worker {start.FileName}: {e.Message}", e);
        }
        Cpu = CpuClock.ForProcess(_process);
        _process.ErrorDataReceived += (_, e) => KeepStderr(e.Data);
        _process.BeginErrorReadLine();
        _requests = _process.StandardInput.BaseStream;
        _requestWriter = new BinaryWriter(_request);
        _reader = new BinaryReader(new BufferedStream(_process.StandardOutput.BaseStream, 64 * 1024));
        _outputFd = PipePoll.Descriptor(_process.StandardOutput.BaseStream);
    }

    /// <inheritdoc/>
    public bool CanSplit => _outputFd >= 0;

    public string EngineName { get; }

    public bool? AnswersKeys { get; private set; }

    public CpuClock? Cpu { get; }

    public long HeapBytes { get; private set; } = -1;

    public double? LastScriptMs { get; private set; }

    /// <summary>The worker's process id.</summary>
    public int ProcessId => _process.Id;

    public void Load(string source, string documentName)
    {
        Call("load " + documentName, RuntimeProtocol.Load, w =>
        {
            w.Write(documentName);
            w.Write(source);
        });
        try
        {
            if (_reader.ReadByte() == RuntimeProtocol.Ok)
            {
                AnswersKeys = RuntimeProtocol.ToNullable(_reader.ReadByte());
                return;
            }
            var message = _reader.ReadString();
            var fatal = _reader.ReadBoolean();
            throw new JsRuntimeException(EngineName, "load " + documentName, StripPrefix(message), null) { Fatal = fatal };
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException)
        {
            throw Ended("load " + documentName, e);
        }
    }

    public int Pump(ReadOnlySpan<byte> input, double frameTimeMs)
    {
        StartPump(input, frameTimeMs);
        return FinishPump();
    }

    /// <inheritdoc/>
    public void StartPump(ReadOnlySpan<byte> input, double frameTimeMs)
    {
        if (_dead)
        {
            throw Ended("pump", null);
        }
        try
        {
            lock (_writeGate)
            {
                var w = BeginRequest(RuntimeProtocol.Pump);
                w.Write(frameTimeMs);
                w.Write(input.Length);
                w.Write(input);
                EndRequest();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            throw Ended("pump", e);
        }
    }

    /// <inheritdoc/>
    /// <remarks>Every answer is read whole before the next request goes out, so nothing of it waits in the reader's
    /// buffer: the pipe alone says whether the answer has started to arrive.</remarks>
    public bool WaitForAnswer(TimeSpan timeout) => _dead || PipePoll.WaitReadable(_outputFd, timeout);

    /// <inheritdoc/>
    public int FinishPump()
    {
        try
        {
            if (_reader.ReadByte() == RuntimeProtocol.Ok)
            {
                var length = _reader.ReadInt32();
                if (length > 0)
                {
                    if (length > _output.Length)
                    {
                        _output = new byte[Math.Max(length, _output.Length * 2)];
                    }
                    _reader.BaseStream.ReadExactly(_output, 0, length);
                }
                HeapBytes = _reader.ReadInt64();
                _nextDue = _reader.ReadDouble();
                LastScriptMs = _reader.ReadDouble();
                return length;
            }
            var message = _reader.ReadString();
            var interrupted = _reader.ReadBoolean();
            var fatal = _reader.ReadBoolean();
            var heap = _reader.ReadBoolean();
            throw new JsRuntimeException(EngineName, "pump", StripPrefix(message), null) { Interrupted = interrupted, Fatal = fatal, HeapExhausted = heap };
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException)
        {
            throw Ended("pump", e);
        }
    }

    public ReadOnlyMemory<byte> Output(int length) => _output.AsMemory(0, length);

    // Sent with every pump's answer: no round trip.
    public double NextTimerDue() => _nextDue;

    public uint ActivePageRoot()
    {
        if (_dead)
        {
            return 0;
        }
        try
        {
            Call("active root", RuntimeProtocol.ActiveRoot, static _ => { });
            return _reader.ReadUInt32();
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException or JsRuntimeException)
        {
            return 0;
        }
    }

    public void CollectGarbage()
    {
        Call("collect", RuntimeProtocol.Collect, static _ => { });
        try
        {
            HeapBytes = _reader.ReadInt64();
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException)
        {
            throw Ended("collect", e);
        }
    }

    public void Interrupt()
    {
        try
        {
            Send(RuntimeProtocol.Interrupt, static _ => { });
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The worker is gone: there is nothing left to stop.
        }
    }

    public bool Abandon()
    {
        Kill();
        return true;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Send(RuntimeProtocol.Quit, static _ => { });
                if (!_process.WaitForExit(TimeSpan.FromSeconds(2)))
                {
                    Kill();
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            Kill();
        }
        _process.Dispose();
    }

    private void Call(string step, byte kind, Action<BinaryWriter> write)
    {
        if (_dead)
        {
            throw Ended(step, null);
        }
        try
        {
            Send(kind, write);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            throw Ended(step, e);
        }
    }

    private void Send(byte kind, Action<BinaryWriter> write)
    {
        lock (_writeGate)
        {
            write(BeginRequest(kind));
            EndRequest();
        }
    }

    // Under the write gate: a request's kind and a place for its length; the body follows.
    private BinaryWriter BeginRequest(byte kind)
    {
        _request.SetLength(0);
        _requestWriter.Write(kind);
        _requestWriter.Write(0);
        return _requestWriter;
    }

    // Under the write gate: the body's length, then the whole request in one write.
    private void EndRequest()
    {
        _requestWriter.Flush();
        var buffer = _request.GetBuffer();
        var length = (int)_request.Length;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(1, 4), length - 5);
        _requests.Write(buffer, 0, length);
        _requests.Flush();
        if (_request.Capacity > 1024 * 1024)
        {
            // A bundle's source passed through: do not keep its size for the small requests after it.
            _request.SetLength(0);
            _request.Capacity = 64 * 1024;
        }
    }

    private JsRuntimeException Ended(string step, Exception? e)
    {
        _dead = true;
        int? code = null;
        try
        {
            if (_process.WaitForExit(TimeSpan.FromSeconds(2)))
            {
                code = _process.ExitCode;
            }
        }
        catch (InvalidOperationException)
        {
        }
        // The last lines the worker (or the engine, aborting) wrote on stderr say why.
        Thread.Sleep(20);
        string tail;
        lock (_stderr)
        {
            tail = string.Join(" | ", _stderr.Where(l => !string.IsNullOrWhiteSpace(l) && l.Trim() != "#").Select(l => l.Trim('#', ' ')));
        }
        var how = code is null ? "stopped answering" : code > 128 ? $"ended by signal {code - 128}" : $"ended with exit code {code}";
        var message = $"the {EngineName} runtime process {how}" + (tail.Length > 0 ? ": " + tail : "");
        return new JsRuntimeException(EngineName, step, message, e) { Fatal = true, HeapExhausted = tail.Contains("out of memory", StringComparison.OrdinalIgnoreCase) };
    }

    private void KeepStderr(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_stderr)
        {
            _stderr.Enqueue(line);
            while (_stderr.Count > StderrLines)
            {
                _stderr.Dequeue();
            }
        }
    }

    private void Kill()
    {
        _dead = true;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already ended.
        }
    }

    // The worker's messages already start with "engine: step: ".
    private string StripPrefix(string message) =>
        message.StartsWith(EngineName + ": ", StringComparison.Ordinal) && message.IndexOf(": ", EngineName.Length + 2, StringComparison.Ordinal) is > 0 and var i
            ? message[(i + 2)..]
            : message;
}
