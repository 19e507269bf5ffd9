using Bridge.Engine.Widgets;
using Bridge.Migration;
using Serilog;

namespace Bridge.Host;

/// <summary>Starts the legacy side (a JS engine running the app's bundles) for a host; an app registers one as a service
/// when it has legacy pages (Bridge.Legacy's <c>AddLegacyPages</c>). An app without one runs no JS at all.</summary>
public interface ILegacySideFactory
{
    /// <summary>Starts a JS engine, loads the bundles and returns the side that drives their pages into the world.</summary>
    /// <exception cref="AppStartException">A bundle is missing or does not load.</exception>
    ILegacySide Start(LegacyStart request);
}

/// <summary>What the legacy side starts with.</summary>
/// <param name="Bundles">The absolute paths of the bundles, in load order.</param>
/// <param name="Engine">The JS engine to run them in.</param>
/// <param name="World">The world their pages render into.</param>
/// <param name="Services">The app's services (the <c>fetchData</c> service among them).</param>
/// <param name="Log">The app's logger.</param>
public sealed record LegacyStart(IReadOnlyList<string> Bundles, JsEngineKind Engine, UiWorld World, IServiceProvider Services, ILogger Log)
{
    /// <summary>Load the bundles beside the first frames instead of before them (the app opens on a native page): the
    /// first legacy page to mount waits for them, and a bundle that fails to load faults the legacy pages instead of
    /// failing the start.</summary>
    public bool Background { get; init; }

    /// <summary>With <see cref="Background"/>: the engine does not start now but on <see cref="ILegacySide.StartLoading"/>
    /// or when the first legacy page mounts, so that it takes no processor from the first frame.</summary>
    public bool StartLater { get; init; }
}
