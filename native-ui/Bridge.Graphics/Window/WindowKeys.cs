using Bridge.Schema;

namespace Bridge.Graphics.Window;

/// <summary>The keyboard as a TV remote: which GLFW key presses which <see cref="KeyName"/>.</summary>
/// <remarks>GLFW names no media keys (play, pause, stop...) and the schema has none, so only the remote's navigation keys
/// are mapped; every other key is ignored.</remarks>
public static class WindowKeys
{
    private const int Enter = 257;
    private const int Escape = 256;
    private const int Backspace = 259;
    private const int Right = 262;
    private const int Left = 263;
    private const int Down = 264;
    private const int Up = 265;
    private const int KeypadEnter = 335;

    /// <summary>The remote key a GLFW key code stands for: arrows move, Enter selects, Backspace and Escape go back.</summary>
    public static bool TryMap(int glfwKey, out KeyName key)
    {
        key = glfwKey switch
        {
            Up => KeyName.Up,
            Down => KeyName.Down,
            Left => KeyName.Left,
            Right => KeyName.Right,
            Enter or KeypadEnter => KeyName.Select,
            Backspace or Escape => KeyName.Back,
            _ => 0,
        };
        return key != 0;
    }
}
