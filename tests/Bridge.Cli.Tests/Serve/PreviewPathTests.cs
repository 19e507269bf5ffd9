using System.Text;
using System.Text.Json;
using Bridge.Serve;

namespace Bridge.Cli.Tests.Serve;

public sealed class PreviewPathTests
{
    [Theory]
    [InlineData("native")]
    [InlineData("legacy-jint")]
    [InlineData("compare")]
    public void Path_message_names_the_path_to_switch_to(string path)
    {
        Assert.True(PreviewMessage.TryParse(Utf8($$"""{"type":"path","path":"{{path}}"}"""), out var command, out var error), error);
        Assert.Equal(new LoopCommand(LoopCommandKind.Path, Choice: path), command);
    }

    [Theory]
    [InlineData("""{"type":"path","path":"legacy"}""")]
    [InlineData("""{"type":"path"}""")]
    public void Path_message_without_a_known_path_is_refused(string text)
    {
        Assert.False(PreviewMessage.TryParse(Utf8(text), out _, out var error));
        Assert.Equal("path: \"path\" must be one of native, legacy-v8, legacy-jint, compare", error);
    }

    [Fact]
    public void Compare_verdict_leaves_out_the_roots_and_focus_and_names_the_first_difference()
    {
        const string native = """{"type":"view","x":0,"y":0,"w":100,"h":50,"children":[{"type":"text","testID":"title","x":0,"y":0,"w":100,"h":20,"text":"Hi","focused":true}]}""";
        const string same = """{"type":"view","x":0,"y":0,"w":100,"h":50,"opacity":0,"children":[{"type":"text","testID":"title","x":0,"y":0,"w":100,"h":20,"text":"Hi"}]}""";
        const string other = """{"type":"view","x":0,"y":0,"w":100,"h":50,"opacity":0,"children":[{"type":"text","testID":"title","x":0,"y":0,"w":100,"h":20,"text":"Hello"}]}""";

        Assert.Equal("""{"type":"compare","page":"details","matches":true,"nativeNodes":1,"legacyNodes":1,"differing":0,"first":null}""",
            LiveSession.CompareVerdict("details", native, same));
        var differs = JsonDocument.Parse(LiveSession.CompareVerdict("details", native, other)).RootElement;
        Assert.False(differs.GetProperty("matches").GetBoolean());
        Assert.Equal(1, differs.GetProperty("differing").GetInt32());
        var first = differs.GetProperty("first");
        Assert.Equal(("text", "Hi", "Hello"), (first.GetProperty("field").GetString(), first.GetProperty("native").GetString(), first.GetProperty("legacy").GetString()));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
