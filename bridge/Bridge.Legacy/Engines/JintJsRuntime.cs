using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Modules;

namespace Bridge.Legacy.Engines;

using Engine = Jint.Engine;

/// <summary>The runtime in Jint: input and output are C# byte arrays shared with JS as ArrayBuffers, so bytes are never copied across.</summary>
/// <remarks>Limits: memory (<see cref="LegacyEngineOptions.HeapLimitMegabytes"/>), recursion depth and a native stack
/// probe on every function entry (a runaway recursion is a RangeError, not a stack overflow), statements per pump,
/// array size and a regex timeout; <c>import()</c> rejects instead of failing the engine. Jint's built-ins still recurse
/// natively on deep data (<c>JSON.stringify</c> of a deep object, <c>String</c> of a deep array, a chain of proxies),
/// which no limit sees and which ends the process with a stack overflow: run Jint in a child process
/// (<see cref="JsIsolation.Process"/>, the default) so that such an end costs the runtime, not the app.</remarks>
internal sealed class JintJsRuntime : IJsRuntime
{
    private readonly Engine _engine;
    private readonly InterruptConstraint _interrupt = new();
    private readonly JsValue _host;
    private JsValue _bridge = JsValue.Undefined;
    private JsValue _pump = JsValue.Undefined;
    private JsValue _activeRoot = JsValue.Undefined;
    private JsValue _nextDue = JsValue.Undefined;
    private byte[] _input = new byte[16 * 1024];
    private byte[] _output = new byte[64 * 1024];
    private readonly JsValue[] _pumpArgs = new JsValue[2];

    public JintJsRuntime(LegacyEngineOptions options)
    {
        var modules = new NoModuleLoader();
        _engine = new Engine(o =>
        {
            o.Strict = false;
            o.Interop.Enabled = false;
            o.LimitMemory((long)options.HeapLimitMegabytes * 1024 * 1024);
            o.LimitRecursion(2000);
            o.MaxStatements(options.MaxStatementsPerPump);
            o.Constraints.StackOverflowGuard = true;
            o.Constraints.MaxArraySize = 1u << 24;
            o.Constraints.RegexTimeout = options.HandlerTimeout;
            o.Constraints.Constraints.Add(_interrupt);
            o.EnableModules(modules);
        });
        modules.Engine = _engine;
        _host = _engine.Evaluate(PagePrelude.Source);
    }

    public string EngineName => "jint";

    public bool? AnswersKeys { get; private set; }

    // Created on the thread that runs its script.
    public CpuClock? Cpu { get; } = CpuClock.ForCurrentThread();

    // Jint's objects live in the managed heap of the process that runs it.
    public double? LastScriptMs => null;

    public long HeapBytes => -1;

    public void Load(string source, string documentName)
    {
        try
        {
            var prepared = Engine.PrepareScript(source, documentName);
            _engine.Execute(prepared);
            _engine.Advanced.ProcessTasks();
        }
        catch (Exception e) when (IsScriptFailure(e))
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
        var bridge = _engine.Invoke(_host);
        if (bridge.IsObject())
        {
            AnswersKeys = bridge.Get("answersKeys").IsBoolean() && bridge.Get("answersKeys").AsBoolean();
            _activeRoot = bridge.Get("activePageRoot");
            _nextDue = bridge.Get("nextTimerDue");
        }
        else if (_engine.GetValue("__bridge") is { } old && old.IsObject())
        {
            // A bundle built with an older runtime installs a global bridge and does not say whether it answers keys.
            bridge = old;
            AnswersKeys = null;
        }
        else
        {
            throw new JsRuntimeException(EngineName, "bind", PagePrelude.NotConnected);
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
        JsValue result;
        try
        {
            _interrupt.Arm();
            if (input.Length > _input.Length)
            {
                _input = new byte[Math.Max(input.Length, _input.Length * 2)];
                Attach("attachInput", _input);
            }
            input.CopyTo(_input);
            _pumpArgs[0] = input.Length;
            _pumpArgs[1] = frameTimeMs;
            result = _engine.Invoke(_pump, _bridge, _pumpArgs);
            // Jint runs promise jobs after Execute, not after Invoke from C#.
            _engine.Advanced.ProcessTasks();
        }
        catch (Exception e) when (IsScriptFailure(e))
        {
            throw new JsRuntimeException(EngineName, "pump", Describe(e), e)
            {
                Interrupted = e is ExecutionCanceledException,
                HeapExhausted = e is MemoryLimitExceededException or OutOfMemoryException,
            };
        }
        var length = (int)result.AsNumber();
        if (length > _output.Length)
        {
            _output = new byte[Math.Max(length, _output.Length * 2)];
            Attach("attachOutput", _output);
        }
        return length;
    }

    public uint ActivePageRoot()
    {
        if (!_activeRoot.IsObject())
        {
            return 0;
        }
        try
        {
            _interrupt.Arm();
            var value = _engine.Invoke(_activeRoot);
            return value.IsNumber() ? (uint)Math.Clamp(value.AsNumber(), 0, uint.MaxValue) : 0;
        }
        catch (Exception e) when (IsScriptFailure(e))
        {
            return 0;
        }
    }

    public double NextTimerDue()
    {
        if (!_nextDue.IsObject())
        {
            return -2;
        }
        try
        {
            var value = _engine.Invoke(_nextDue);
            return value.IsNumber() ? value.AsNumber() : -2;
        }
        catch (Exception e) when (IsScriptFailure(e))
        {
            return -2;
        }
    }

    public ReadOnlyMemory<byte> Output(int length) => _output.AsMemory(0, length);

    public void Interrupt() => _interrupt.Trip();

    // Jint's objects are the managed heap of the process that runs it.
    public void CollectGarbage() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

    public bool Abandon() => false;

    public void Dispose() => _engine.Dispose();

    // Whatever script does inside Jint surfaces as one of these (a host error in a built-in included): the runtime is
    // then stopped and replaced, never the process.
    private static bool IsScriptFailure(Exception e) =>
        e is JavaScriptException or ExecutionCanceledException or MemoryLimitExceededException or RecursionDepthOverflowException
            or StatementsCountOverflowException or JintException or InvalidOperationException or ArgumentException
            or NotSupportedException or InvalidCastException or IndexOutOfRangeException or OverflowException
            or OutOfMemoryException or InsufficientExecutionStackException or System.Text.RegularExpressions.RegexMatchTimeoutException;

    private static string Describe(Exception e) => e switch
    {
        JavaScriptException js => js.Error.ToString() + (js.JavaScriptStackTrace is { } stack ? "\n" + stack : ""),
        ExecutionCanceledException => "interrupted by the watchdog",
        MemoryLimitExceededException => "the Jint runtime has exceeded its memory limit: " + e.Message,
        StatementsCountOverflowException => "a pump ran more statements than the limit of one pump: " + e.Message,
        _ => $"{e.GetType().Name}: {e.Message}",
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

    /// <summary>Legacy pages are bundles: a dynamic <c>import()</c> rejects with a TypeError saying so.</summary>
    private sealed class NoModuleLoader : IModuleLoader
    {
        public Engine? Engine { get; set; }

        public ResolvedSpecifier Resolve(string? referencingModuleLocation, ModuleRequest moduleRequest) =>
            throw new JavaScriptException(Engine!.Intrinsics.TypeError,
                string.Create(CultureInfo.InvariantCulture,
                    $"import('{moduleRequest.Specifier}'): legacy pages load no module at run time; bundle it with scripts/build-legacy"));

        public Module LoadModule(Engine engine, ResolvedSpecifier resolved) =>
            throw new JavaScriptException(engine.Intrinsics.TypeError, "legacy pages load no module at run time");
    }
}
