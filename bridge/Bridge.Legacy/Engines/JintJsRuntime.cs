using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Bridge.Legacy.Engines;

using Engine = Jint.Engine;

/// <summary>The runtime in Jint: input and output are C# byte arrays shared with JS as ArrayBuffers, so bytes are never copied across.</summary>
internal sealed class JintJsRuntime : IJsRuntime
{
    private readonly Engine _engine;
    private readonly InterruptConstraint _interrupt = new();
    private JsValue _bridge = JsValue.Undefined;
    private JsValue _pump = JsValue.Undefined;
    private byte[] _input = new byte[16 * 1024];
    private byte[] _output = new byte[64 * 1024];
    private readonly JsValue[] _pumpArgs = new JsValue[2];

    public JintJsRuntime(LegacyEngineOptions options)
    {
        _engine = new Engine(o =>
        {
            o.Strict = false;
            o.Interop.Enabled = false;
            o.LimitMemory((long)options.HeapLimitMegabytes * 1024 * 1024);
            o.LimitRecursion(2000);
            o.Constraints.Constraints.Add(_interrupt);
        });
    }

    public string EngineName => "jint";

    public void Load(string source, string documentName)
    {
        try
        {
            var prepared = Engine.PrepareScript(source, documentName);
            _engine.Execute(prepared);
            _engine.Advanced.ProcessTasks();
        }
        catch (Exception e) when (e is JavaScriptException or ExecutionCanceledException or MemoryLimitExceededException or RecursionDepthOverflowException)
        {
            throw new JsRuntimeException(EngineName, "load " + documentName, Describe(e), e);
        }
        if (_bridge.IsUndefined())
        {
            Bind();
        }
    }

    private void Bind()
    {
        var bridge = _engine.GetValue("__bridge");
        if (bridge.IsUndefined() || bridge.IsNull())
        {
            throw new JsRuntimeException(EngineName, "bind", "the bundle did not install globalThis.__bridge (is it built with scripts/build-legacy?)");
        }
        _bridge = bridge;
        _pump = bridge.Get("pump");
        Attach("attachInput", _input);
        Attach("attachOutput", _output);
    }

    private void Attach(string method, byte[] buffer)
    {
        // The ArrayBuffer takes the array as its backing store: JS and C# see the same bytes.
        var arrayBuffer = _engine.Intrinsics.ArrayBuffer.Construct(buffer);
        _engine.Invoke(_bridge.Get(method), _bridge, new JsValue[] { arrayBuffer });
    }

    public int Pump(ReadOnlySpan<byte> input, double frameTimeMs)
    {
        if (_bridge.IsUndefined())
        {
            throw new JsRuntimeException(EngineName, "pump", "no bundle loaded");
        }
        if (input.Length > _input.Length)
        {
            _input = new byte[Math.Max(input.Length, _input.Length * 2)];
            Attach("attachInput", _input);
        }
        input.CopyTo(_input);
        _pumpArgs[0] = input.Length;
        _pumpArgs[1] = frameTimeMs;
        JsValue result;
        try
        {
            _interrupt.Arm();
            result = _engine.Invoke(_pump, _bridge, _pumpArgs);
            // Jint runs promise jobs after Execute, not after Invoke from C#.
            _engine.Advanced.ProcessTasks();
        }
        catch (Exception e) when (e is JavaScriptException or ExecutionCanceledException or MemoryLimitExceededException or RecursionDepthOverflowException or StatementsCountOverflowException)
        {
            throw new JsRuntimeException(EngineName, "pump", Describe(e), e) { Interrupted = e is ExecutionCanceledException };
        }
        var length = (int)result.AsNumber();
        if (length > _output.Length)
        {
            _output = new byte[Math.Max(length, _output.Length * 2)];
            Attach("attachOutput", _output);
        }
        return length;
    }

    public ReadOnlyMemory<byte> Output(int length) => _output.AsMemory(0, length);

    public void Interrupt() => _interrupt.Trip();

    public void Dispose() => _engine.Dispose();

    private static string Describe(Exception e) => e switch
    {
        JavaScriptException js => js.Error.ToString() + (js.JavaScriptStackTrace is { } stack ? "\n" + stack : ""),
        ExecutionCanceledException => "interrupted by the watchdog",
        MemoryLimitExceededException => "the Jint runtime has exceeded its memory limit: " + e.Message,
        _ => e.Message,
    };

    /// <summary>Lets the watchdog stop a running script: the next statement check throws.</summary>
    private sealed class InterruptConstraint : Constraint
    {
        private volatile bool _tripped;

        public void Arm() => _tripped = false;

        public void Trip() => _tripped = true;

        public override void Check()
        {
            if (_tripped)
            {
                throw new ExecutionCanceledException();
            }
        }

        public override void Reset()
        {
        }
    }
}
