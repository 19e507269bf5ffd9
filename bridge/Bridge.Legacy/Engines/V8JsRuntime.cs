using System.Globalization;
using Microsoft.ClearScript;
using Microsoft.ClearScript.JavaScript;
using Microsoft.ClearScript.V8;

namespace Bridge.Legacy.Engines;

/// <summary>The runtime in V8 (ClearScript): bytes cross through typed-array views, one copy per direction.</summary>
/// <remarks>Heap: a sampled runtime heap limit ends a script that grows past <see cref="LegacyEngineOptions.HeapLimitMegabytes"/>
/// with an exception; the old space may expand past it on demand (so V8 reaches the sampled limit instead of aborting),
/// and ArrayBuffers are capped at <see cref="LegacyEngineOptions.ArrayBufferLimitMegabytes"/>. Some allocations still
/// end a V8 process outright ("Fatal JavaScript out of memory: invalid table size"): run V8 in a child process
/// (<see cref="JsIsolation.Process"/>, the default) so that such an abort costs the runtime, not the app.</remarks>
internal sealed class V8JsRuntime : IJsRuntime
{
    private readonly V8ScriptEngine _engine;
    private readonly ScriptObject _host;
    private ScriptObject? _pump;
    private ScriptObject? _activeRoot;
    private ScriptObject? _nextDue;
    private ScriptObject? _growInput;
    private ITypedArray<byte>? _input;
    private ITypedArray<byte>? _output;
    private ulong _inputCapacity;
    private ulong _outputCapacity;
    private byte[] _outputCopy = new byte[64 * 1024];
    private bool _legacyGlobal;

    public V8JsRuntime(LegacyEngineOptions options)
    {
        var heap = (ulong)options.HeapLimitMegabytes * 1024 * 1024;
        var constraints = new V8RuntimeConstraints
        {
            MaxOldSpaceSize = options.HeapLimitMegabytes * 2,
            HeapExpansionMultiplier = 1.5,
            MaxArrayBufferAllocation = (ulong)options.ArrayBufferLimitMegabytes * 1024 * 1024,
        };
        // AddPerformanceObject: a native Performance.now() (a host callback doubled the first render); the prelude
        // keeps now() and removes the rest (Performance.sleep).
        _engine = new V8ScriptEngine("bridge-legacy", constraints,
            V8ScriptEngineFlags.AddPerformanceObject | V8ScriptEngineFlags.DisableGlobalMembers);
        _engine.MaxRuntimeHeapSize = (UIntPtr)heap;
        _engine.RuntimeHeapSizeSampleInterval = TimeSpan.FromMilliseconds(20);
        _engine.AllowReflection = false;
        _engine.EnableRuntimeInterruptPropagation = false;
        _host = (ScriptObject)_engine.Evaluate(new DocumentInfo("bridge-prelude"), PagePrelude.Source);
    }

    public string EngineName => "v8";

    public bool? AnswersKeys { get; private set; }

    // Created on the thread that runs its script.
    public CpuClock? Cpu { get; } = CpuClock.ForCurrentThread();

    public double? LastScriptMs => null;

    public long HeapBytes => (long)_engine.GetRuntimeHeapInfo().UsedHeapSize;

    public void Load(string source, string documentName)
    {
        try
        {
            _engine.Execute(new DocumentInfo(documentName), source);
        }
        catch (ScriptEngineException e)
        {
            throw new JsRuntimeException(EngineName, "load " + documentName, e.ErrorDetails ?? e.Message, e) { Fatal = e.IsFatal };
        }
        if (_pump is null)
        {
            Bind();
        }
    }

    private void Bind()
    {
        // Measured with ClearScript 7.5.1.1: a function taken with GetProperty costs ~75-150 µs per call, the same
        // function returned by a call ~2 µs: take every handle through the prelude's accessor.
        if (_host.InvokeAsFunction() is ScriptObject bridge)
        {
            AnswersKeys = bridge.GetProperty("answersKeys") is true;
        }
        else if (_engine.Evaluate("typeof __bridge === 'object' && __bridge !== null") is true)
        {
            // A bundle built with an older runtime installs a global bridge and does not say whether it answers keys.
            _legacyGlobal = true;
            AnswersKeys = null;
        }
        else
        {
            throw new JsRuntimeException(EngineName, "bind", PagePrelude.NotConnected);
        }
        _pump = Member("pump");
        _growInput = Member("growInput");
        _activeRoot = _legacyGlobal ? null : Member("activePageRoot") as ScriptObject;
        _nextDue = _legacyGlobal ? null : Member("nextTimerDue") as ScriptObject;
        _output = (ITypedArray<byte>)Member("output")!;
        _outputCapacity = _output.Length;
        _input = (ITypedArray<byte>)Member("input")!;
        _inputCapacity = _input.Length;
    }

    private dynamic? Member(string name) =>
        _legacyGlobal ? _engine.Evaluate("__bridge." + name) : _host.InvokeAsFunction(name);

    public int Pump(ReadOnlySpan<byte> input, double frameTimeMs)
    {
        var pump = _pump ?? throw new JsRuntimeException(EngineName, "pump", "no bundle loaded");
        try
        {
            if (input.Length > 0)
            {
                if ((ulong)input.Length > _inputCapacity)
                {
                    ((ScriptObject)_growInput!).InvokeAsFunction(input.Length);
                    _input = (ITypedArray<byte>)Member("input")!;
                    _inputCapacity = _input.Length;
                }
                _input!.Write(input, 0, (ulong)input.Length, 0);
            }
            var length = Convert.ToInt32(((ScriptObject)pump).InvokeAsFunction(input.Length, frameTimeMs), CultureInfo.InvariantCulture);
            if ((ulong)Math.Max(length, 0) > _outputCapacity)
            {
                _output = (ITypedArray<byte>)Member("output")!;
                _outputCapacity = _output.Length;
            }
            return length;
        }
        catch (ScriptInterruptedException e)
        {
            throw new JsRuntimeException(EngineName, "pump", "interrupted by the watchdog", e) { Interrupted = true };
        }
        catch (ScriptEngineException e)
        {
            var heap = e.Message.Contains("memory limit", StringComparison.OrdinalIgnoreCase);
            throw new JsRuntimeException(EngineName, "pump", e.ErrorDetails ?? e.Message, e) { Fatal = e.IsFatal || heap, HeapExhausted = heap };
        }
    }

    public uint ActivePageRoot()
    {
        try
        {
            return _activeRoot?.InvokeAsFunction() is { } value ? Convert.ToUInt32(value, CultureInfo.InvariantCulture) : 0;
        }
        catch (Exception e) when (e is ScriptEngineException or InvalidCastException or FormatException or OverflowException)
        {
            return 0;
        }
    }

    public double NextTimerDue()
    {
        try
        {
            return _nextDue?.InvokeAsFunction() is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : -2;
        }
        catch (Exception e) when (e is ScriptEngineException or InvalidCastException or FormatException)
        {
            return -2;
        }
    }

    public ReadOnlyMemory<byte> Output(int length)
    {
        if (length > _outputCopy.Length)
        {
            _outputCopy = new byte[Math.Max(length, _outputCopy.Length * 2)];
        }
        _output!.Read(0, (ulong)length, _outputCopy.AsSpan(0, length), 0);
        return _outputCopy.AsMemory(0, length);
    }

    public void Interrupt() => _engine.Interrupt();

    public void CollectGarbage() => _engine.CollectGarbage(true);

    public bool Abandon() => false;

    public void Dispose() => _engine.Dispose();
}
