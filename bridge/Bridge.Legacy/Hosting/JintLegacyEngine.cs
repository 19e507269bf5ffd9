using Bridge.Legacy.Engines;

namespace Bridge.Legacy.Hosting;

/// <summary>Legacy pages in Jint (fully managed, no JIT needed) on a dedicated thread.</summary>
public sealed class JintLegacyEngine : LegacyEngine
{
    /// <summary>Starts the JS thread, which creates the engine and loads the bundles; with <paramref name="start"/> false,
    /// not before <see cref="LegacyEngine.Start"/> is called.</summary>
    public JintLegacyEngine(IReadOnlyList<LegacyBundle> bundles, LegacyEngineOptions? options = null, bool start = true)
        : base("jint", bundles, options ?? new LegacyEngineOptions())
    {
        if (start)
        {
            Start();
        }
    }

    private protected override IJsRuntime CreateRuntime() =>
        Options.Isolation == JsIsolation.InProcess ? new JintJsRuntime(Options) : new Engines.Process.ProcessJsRuntime("jint", Options);
}
