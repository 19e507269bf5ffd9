using Bridge.Graphics.Window;
using Bridge.Schema;

namespace Bridge.Graphics.Tests.Window;

public sealed class WindowKeysTests
{
    [Theory]
    [InlineData(265, KeyName.Up)]
    [InlineData(264, KeyName.Down)]
    [InlineData(263, KeyName.Left)]
    [InlineData(262, KeyName.Right)]
    [InlineData(257, KeyName.Select)] // Enter
    [InlineData(335, KeyName.Select)] // keypad Enter
    [InlineData(259, KeyName.Back)] // Backspace
    [InlineData(256, KeyName.Back)] // Escape
    public void Remote_keys_map_to_the_schema_keys(int glfwKey, KeyName expected)
    {
        Assert.True(WindowKeys.TryMap(glfwKey, out var key));
        Assert.Equal(expected, key);
    }

    [Theory]
    [InlineData(32)] // Space
    [InlineData(65)] // A
    [InlineData(-1)] // GLFW_KEY_UNKNOWN
    public void Other_keys_are_ignored(int glfwKey) => Assert.False(WindowKeys.TryMap(glfwKey, out _));
}
