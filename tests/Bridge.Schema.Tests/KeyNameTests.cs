namespace Bridge.Schema.Tests;

public sealed class KeyNameTests
{
    [Theory]
    [InlineData("up", KeyName.Up)]
    [InlineData("down", KeyName.Down)]
    [InlineData("left", KeyName.Left)]
    [InlineData("right", KeyName.Right)]
    [InlineData("select", KeyName.Select)]
    [InlineData("back", KeyName.Back)]
    public void Js_names_round_trip(string name, KeyName key)
    {
        Assert.True(KeyNames.TryParse(name, out var parsed));
        Assert.Equal(key, parsed);
        Assert.Equal(name, KeyNames.ToJs(key));
    }

    [Fact]
    public void Unknown_key_name_is_rejected()
    {
        Assert.False(KeyNames.TryParse("enter", out _));
    }
}
