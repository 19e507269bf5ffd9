namespace Bridge.Pages;

/// <summary>Names a native page for the manifest (<c>"native": "Name"</c>) and the parameters it needs.</summary>
/// <example><code>[NativePage("Details", Parameters = ["id"])]
/// public sealed class DetailsPage(NativePageContext page, Catalog catalog) : INativePage { … }</code></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NativePageAttribute(string name) : Attribute
{
    /// <summary>The name the manifest uses for this implementation.</summary>
    public string Name { get; } = name;

    /// <summary>Parameters every navigation to the page must pass; a navigation without one fails with a message naming it.</summary>
    public string[] Parameters { get; init; } = [];
}
