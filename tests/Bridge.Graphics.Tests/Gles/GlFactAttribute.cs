namespace Bridge.Graphics.Tests;

/// <summary>A fact that needs OpenGL ES: skipped, with the reason, only when no EGL context can be created at all.</summary>
public sealed class GlFactAttribute : FactAttribute
{
    /// <summary>Probes EGL once per test run.</summary>
    public GlFactAttribute()
    {
        if (GlProbe.Unavailable is { } reason) Skip = "OpenGL ES unavailable: " + reason;
    }
}

internal static class GlProbe
{
    private static readonly Lazy<string?> s_reason = new(() =>
    {
        try
        {
            using var b = new GlesRenderBackend(1, 1);
            return null;
        }
        catch (GraphicsUnavailableException e)
        {
            return e.Message;
        }
    });

    internal static string? Unavailable => s_reason.Value;
}

/// <summary>A theory that needs OpenGL ES: skipped, with the reason, only when no EGL context can be created at all.</summary>
public sealed class GlTheoryAttribute : TheoryAttribute
{
    /// <summary>Probes EGL once per test run.</summary>
    public GlTheoryAttribute()
    {
        if (GlProbe.Unavailable is { } reason) Skip = "OpenGL ES unavailable: " + reason;
    }
}
