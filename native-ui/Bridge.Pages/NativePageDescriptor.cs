using Bridge.Engine.Compose;

namespace Bridge.Pages;

/// <summary>A registered native page: its manifest name, the parameters it needs and how it is built.</summary>
/// <param name="Name">The manifest name (<c>"native": "Name"</c>).</param>
/// <param name="Parameters">Parameters every navigation to the page must pass.</param>
/// <param name="PageType">The <see cref="INativePage"/> type created per mount with dependency injection, or null for a
/// page given as a function.</param>
/// <param name="Function">The build function of a page given as one, or null for a page type.</param>
public sealed record NativePageDescriptor(string Name, IReadOnlyList<string> Parameters, Type? PageType, Func<NativePageContext, Node>? Function)
{
    /// <summary>"Name (Type)" or "Name (function)", for messages.</summary>
    public override string ToString() => $"{Name} ({PageType?.FullName ?? "function"})";
}
