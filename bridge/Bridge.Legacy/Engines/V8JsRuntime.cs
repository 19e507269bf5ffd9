using Microsoft.ClearScript;
using Microsoft.ClearScript.JavaScript;
using Microsoft.ClearScript.V8;

namespace Bridge.Legacy.Engines;

/// <summary>The runtime in V8 (ClearScript): bytes cross through typed-array views, one copy per direction.</summary>
internal sealed class V8JsRuntime : IJsRuntime
{
    private readonly V8ScriptEngine _engine;
    private ScriptObject? _bridge;
    private ScriptObject? _pump;
    private ITypedArray<byte>? _input;
    private ITypedArray<byte>? _output;
    private ulong _inputCapacity;
    private ulong _outputCapacity;
    private byte[] _outputCopy = new byte[64 * 1024];

    public V8JsRuntime(LegacyEngineOptions options)
    {
        // AddPerformanceObject: a native Performance.now() (a host callback doubled the first render).
        // No MaxOldSpaceSize: V8 aborts the process when it reaches that; the sampled runtime heap limit below
        // ends the script with an exception instead.
        _engine = new V8ScriptEngine("bridge-legacy",
            V8ScriptEngineFlags.AddPerformanceObject | V8ScriptEngineFlags.DisableGlobalMembers);
        _engine.MaxRuntimeHeapSize = (UIntPtr)((ulong)options.HeapLimitMegabytes * 1024 * 1024);
        _engine.RuntimeHeapSizeSampleInterval = TimeSpan.FromMilliseconds(50);
        _engine.AllowReflection = false;
        _engine.EnableRuntimeInterruptPropagation = false;
    }

    public string EngineName => "v8";

    public void Load(string source, string documentName)
    {
        try
        {
            _engine.Execute(new DocumentInfo(documentName), source);
        }
        catch (ScriptEngineException e)
        {
            throw new JsRuntimeException(EngineName, "load " + documentName, e.ErrorDetails ?? e.Message, e);
        }
        if (_bridge is null)
        {
            Bind();
        }
    }

    private void Bind()
    {
        if (_engine.Script.__bridge is not ScriptObject bridge)
        {
            throw new JsRuntimeException(EngineName, "bind", "the bundle did not install globalThis.__bridge (is it built with scripts/build-legacy?)");
        }
        _bridge = bridge;
        // Measured with ClearScript 7.5.1.1: a function taken with GetProperty costs ~100-200 µs per call, the same
        // function taken with Evaluate ~2.5 µs. Take every handle with Evaluate.
        _pump = (ScriptObject)_engine.Evaluate("__bridge.pump");
        _output = (ITypedArray<byte>)_engine.Evaluate("__bridge.output");
        _outputCapacity = _output.Length;
        _input = (ITypedArray<byte>)_engine.Evaluate("__bridge.input");
        _inputCapacity = _input.Length;
    }

    public int Pump(ReadOnlySpan<byte> input, double frameTimeMs)
    {
        var bridge = _bridge ?? throw new JsRuntimeException(EngineName, "pump", "no bundle loaded");
        try
        {
            if (input.Length > 0)
            {
                if ((ulong)input.Length > _inputCapacity)
                {
                    bridge.InvokeMethod("growInput", input.Length);
                    _input = (ITypedArray<byte>)_engine.Evaluate("__bridge.input");
                    _inputCapacity = _input.Length;
                }
                _input!.Write(input, 0, (ulong)input.Length, 0);
            }
            var length = Convert.ToInt32(_pump!.InvokeAsFunction(input.Length, frameTimeMs), System.Globalization.CultureInfo.InvariantCulture);
            if ((ulong)Math.Max(length, 0) > _outputCapacity)
            {
                _output = (ITypedArray<byte>)_engine.Evaluate("__bridge.output");
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
            throw new JsRuntimeException(EngineName, "pump", e.ErrorDetails ?? e.Message, e) { Fatal = e.IsFatal || !Recover() };
        }
    }

    /// <summary>After a heap-limit stop the stopped script's garbage still counts: collect it; false when V8 stays unusable.</summary>
    private bool Recover()
    {
        try
        {
            _engine.CollectGarbage(true);
            return true;
        }
        catch (ScriptEngineException)
        {
            return false;
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

    public void Dispose() => _engine.Dispose();
}
