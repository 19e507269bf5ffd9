using Bridge.Legacy.Engines;

namespace Bridge.Legacy.Hosting;

/// <summary>Legacy pages in V8 (Microsoft.ClearScript.V8) on a dedicated thread.</summary>
public sealed class V8LegacyEngine : LegacyEngine
{
    /// <summary>Starts the JS thread, which creates the engine and loads the bundles; with <paramref name="start"/> false,
    /// not before <see cref="LegacyEngine.Start"/> is called.</summary>
    public V8LegacyEngine(IReadOnlyList<LegacyBundle> bundles, LegacyEngineOptions? options = null, bool start = true)
        : base("v8", bundles, options ?? new LegacyEngineOptions())
    {
        if (start)
        {
            Start();
        }
    }

    private protected override IJsRuntime CreateRuntime() =>
        Options.Isolation == JsIsolation.InProcess ? new V8JsRuntime(Options) : new Engines.Process.ProcessJsRuntime("v8", Options);
}
