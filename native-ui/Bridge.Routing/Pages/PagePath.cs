namespace Bridge.Routing;

/// <summary>Which implementation of a page runs.</summary>
public enum PagePath : byte
{
    /// <summary>The C# page, in the ECS with no bus.</summary>
    Native = 1,

    /// <summary>The React page, in the JS engine over the bus.</summary>
    Legacy = 2,

    /// <summary>The native page is shown while the legacy one runs in the shadow with the same input.</summary>
    Compare = 3,
}

/// <summary>Conversions between <see cref="PagePath"/> and the manifest's names.</summary>
public static class PagePaths
{
    /// <summary>The manifest name of a path ('native', 'legacy', 'compare').</summary>
    public static string ToName(PagePath path) => path switch
    {
        PagePath.Native => "native",
        PagePath.Legacy => "legacy",
        PagePath.Compare => "compare",
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "not a page path"),
    };

    /// <summary>Finds a path by its manifest name; false when the name is none of 'native', 'legacy', 'compare'.</summary>
    public static bool TryParse(string? name, out PagePath path)
    {
        switch (name)
        {
            case "native": path = PagePath.Native; return true;
            case "legacy": path = PagePath.Legacy; return true;
            case "compare": path = PagePath.Compare; return true;
            default: path = default; return false;
        }
    }
}
