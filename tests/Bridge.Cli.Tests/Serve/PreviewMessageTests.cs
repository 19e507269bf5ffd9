using System.Text;
using Bridge.Schema;
using Bridge.Serve;

namespace Bridge.Cli.Tests.Serve;

public sealed class PreviewMessageTests
{
    [Theory]
    [InlineData("right", KeyName.Right)]
    [InlineData("select", KeyName.Select)]
    [InlineData("back", KeyName.Back)]
    public void Key_message_becomes_a_key_command(string name, KeyName key)
    {
        Assert.True(PreviewMessage.TryParse(Utf8($$"""{"type":"key","key":"{{name}}"}"""), out var command, out var error), error);
        Assert.Equal(new LoopCommand(LoopCommandKind.Key, Key: key), command);
    }

    [Fact]
    public void Inspect_message_carries_on_or_off()
    {
        Assert.True(PreviewMessage.TryParse(Utf8("""{"type":"inspect","on":false}"""), out var command, out _));
        Assert.Equal(new LoopCommand(LoopCommandKind.Inspect, On: false), command);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1,2]", "expected an object with a string \"type\"")]
    [InlineData("""{"type":3}""", "expected an object with a string \"type\"")]
    [InlineData("""{"type":"key","key":"jump"}""", "\"key\" must be one of up, down, left, right, select, back")]
    [InlineData("""{"type":"key"}""", "\"key\" must be one of")]
    [InlineData("""{"type":"inspect","on":"yes"}""", "\"on\" must be true or false")]
    [InlineData("""{"type":"resize"}""", "unknown type \"resize\"")]
    [InlineData("""{"type":"key","key":[[[[[["up"]]]]]]}""", "not JSON")]
    public void Anything_else_is_refused_with_a_reason(string text, string reason)
    {
        Assert.False(PreviewMessage.TryParse(Utf8(text), out _, out var error));
        Assert.Contains(reason, error);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
