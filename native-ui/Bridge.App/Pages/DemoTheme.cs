namespace Bridge.App.Pages;

/// <summary>The demo's design tokens, the same values as <c>legacy-js/demo/theme.js</c> so both paths draw alike.</summary>
public static class DemoTheme
{
    /// <summary>The accent colour of focus and primary actions.</summary>
    public const string Accent = "#00a8e1";

    /// <summary>The design width of a page.</summary>
    public const double ScreenWidth = 1280;

    /// <summary>The design height of a page.</summary>
    public const double ScreenHeight = 720;

    /// <summary>The page's side margin.</summary>
    public const double Gutter = 48;

    /// <summary>The width of a tile.</summary>
    public const double TileWidth = 240;

    /// <summary>The height of a tile's artwork.</summary>
    public const double TileHeight = 135;

    /// <summary>The width of a tile's frame border.</summary>
    public const double TileBorder = 3;

    /// <summary>The scale of a focused tile.</summary>
    public const double FocusScale = 1.08;

    /// <summary>How long a tile takes to reach its focus scale (the legacy tile's four 16 ms steps).</summary>
    public const double FocusScaleMs = 64;

    /// <summary>The palette of a theme name ("dark" or "light").</summary>
    public static Palette PaletteOf(string theme) => theme switch
    {
        "dark" => Palette.Dark,
        "light" => Palette.Light,
        _ => throw new ArgumentException($"unknown theme '{theme}' (dark or light)", nameof(theme)),
    };
}

/// <summary>The colours of one theme.</summary>
/// <param name="Scrim">The veil over a backdrop picture that keeps the page's text readable on it.</param>
public sealed record Palette(string Name, string Background, string Surface, string Raised, string Text, string TextDim, string Scrim)
{
    /// <summary>The default dark TV theme.</summary>
    public static Palette Dark { get; } = new("dark", "#0f1115", "#1a1e26", "#252b36", "#ffffff", "#8b96a5", "rgba(15,17,21,0.78)");

    /// <summary>The light theme.</summary>
    public static Palette Light { get; } = new("light", "#f2f4f7", "#ffffff", "#dde2ea", "#0f1115", "#4a5566", "rgba(242,244,247,0.86)");
}
