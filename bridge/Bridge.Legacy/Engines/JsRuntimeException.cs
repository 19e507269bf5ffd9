namespace Bridge.Legacy.Engines;

/// <summary>A JS engine failed to load a bundle or to run the runtime's pump; the message names engine and step.</summary>
public sealed class JsRuntimeException : Exception
{
    /// <summary>Creates the exception for a failed step of an engine.</summary>
    public JsRuntimeException(string engine, string step, string message, Exception? inner = null)
        : base($"{engine}: {step}: {message}", inner)
    {
        Engine = engine;
        Step = step;
    }

    /// <summary>The engine ("v8" or "jint").</summary>
    public string Engine { get; }

    /// <summary>What the host was doing (load BUNDLE, pump, bind).</summary>
    public string Step { get; }

    /// <summary>True when the watchdog interrupted a script that ran too long.</summary>
    public bool Interrupted { get; init; }

    /// <summary>True when the engine cannot run any more script (its pages are lost).</summary>
    public bool Fatal { get; init; }

    /// <summary>True when the script was stopped for going past the heap cap.</summary>
    public bool HeapExhausted { get; init; }
}
