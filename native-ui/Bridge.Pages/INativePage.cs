using Bridge.Engine.Compose;

namespace Bridge.Pages;

/// <summary>A page written in C#: built from composables into the engine's world, with no JS.</summary>
/// <remarks>One instance per mount. The constructor receives what the page asks for: its
/// <see cref="NativePageContext"/> and any service the app registered (dependency injection). <see cref="Build"/> runs
/// inside the page's reactive owner, so signals and effects created there live exactly as long as the page.</remarks>
public interface INativePage
{
    /// <summary>Describes the page's tree.</summary>
    Node Build();
}
