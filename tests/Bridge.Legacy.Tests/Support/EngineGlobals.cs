using Jint;
using Microsoft.ClearScript.V8;

namespace Bridge.Legacy.Tests.Support;

/// <summary>The globals of a bare engine (its ECMAScript built-ins) and the polyfills bridge-host documents.</summary>
internal static class EngineGlobals
{
    /// <summary>What bridge-host adds to the built-ins, as legacy-js/README.md lists it.</summary>
    public static readonly string[] Polyfills =
    [
        "MessageChannel", "TextDecoder", "TextEncoder", "cancelAnimationFrame", "clearImmediate", "clearInterval", "clearTimeout",
        "console", "performance", "queueMicrotask", "reportError", "requestAnimationFrame", "setImmediate", "setInterval", "setTimeout",
    ];

    /// <summary>The global names of a bare engine of this kind, as a page would see them with nothing added.</summary>
    public static IReadOnlyCollection<string> BuiltIns(string engine)
    {
        const string names = "Object.getOwnPropertyNames(globalThis).join(' ')";
        if (engine == "v8")
        {
            using var v8 = new V8ScriptEngine(V8ScriptEngineFlags.DisableGlobalMembers);
            return ((string)v8.Evaluate(names)).Split(' ');
        }
        using var jint = new Jint.Engine();
        return jint.Evaluate(names).AsString().Split(' ');
    }
}
