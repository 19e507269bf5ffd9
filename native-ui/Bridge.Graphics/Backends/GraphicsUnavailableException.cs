namespace Bridge.Graphics;

/// <summary>Thrown when no OpenGL ES 3 context can be created on this machine; the message says what failed.</summary>
public sealed class GraphicsUnavailableException : Exception
{
    /// <summary>Creates the exception with a reason.</summary>
    public GraphicsUnavailableException(string message, Exception? inner = null) : base(message, inner) { }
}
