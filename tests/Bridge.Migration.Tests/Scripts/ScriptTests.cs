using Bridge.Schema;

namespace Bridge.Migration.Tests.Scripts;

public sealed class ScriptTests
{
    [Fact]
    public void Example_script_parses_every_step_kind()
    {
        var script = Script.Parse("""
            {"size":[1920,1080], "steps":[{"navigate":"home"}, {"key":"right","repeat":3}, {"idle":true},
             {"wait":250}, {"screenshot":"home-1"}, {"dump":"home-1"}, {"navigate":"details","params":{"id":7,"tags":["a"],"hd":true}}]}
            """, "s.json");

        Assert.Equal(new ScreenSize(1920, 1080), script.Size);
        Assert.Equal(new NavigateStep(0, "home", Routing.PageParams.Empty), script.Steps[0]);
        Assert.Equal(new KeyStep(1, KeyName.Right, 3), script.Steps[1]);
        Assert.Equal(new IdleStep(2), script.Steps[2]);
        Assert.Equal(new WaitStep(3, 250), script.Steps[3]);
        Assert.Equal(new ScreenshotStep(4, "home-1"), script.Steps[4]);
        Assert.Equal(new DumpStep(5, "home-1"), script.Steps[5]);
        var details = Assert.IsType<NavigateStep>(script.Steps[6]);
        Assert.Equal(7L, details.Params.Get<long>("id"));
        Assert.True(details.Params.Get<bool>("hd"));
        Assert.Equal(["a"], details.Params.Get<List<object?>>("tags"));
        Assert.Equal(3, script.KeyEventCount);
    }

    [Fact]
    public void Debug_steps_show_and_hide_the_focus_overlay_and_reject_unknown_views()
    {
        var script = Script.Parse("""{"steps":[{"debug":"focus"}, {"debug":"none"}]}""", "s.json");
        Assert.Equal([new DebugStep(0, DebugView.Focus), new DebugStep(1, DebugView.None)], script.Steps);
        Assert.Equal("debug focus", script.Steps[0].Describe());

        var ex = Assert.Throws<MigrationFileException>(() => Script.Parse("""{"steps":[{"debug":"grid"}, {"debug":true}]}""", "s.json"));
        Assert.Equal(
        [
            "steps[0].debug: \"grid\" is not a debug view (expected one of focus, none)",
            "steps[1].debug: true is not a debug view (expected one of focus, none)",
        ], ex.Errors);
    }

    [Fact]
    public void A_key_can_be_held_for_a_time_but_not_held_and_repeated()
    {
        var script = Script.Parse("""{"steps":[{"key":"right","hold":600}]}""", "s.json");
        Assert.Equal([new KeyStep(0, KeyName.Right, 1, 600)], script.Steps);
        Assert.Equal("key right held 600 ms", script.Steps[0].Describe());

        var ex = Assert.Throws<MigrationFileException>(() => Script.Parse(
            """{"steps":[{"key":"right","hold":0}, {"key":"left","hold":"long"}, {"key":"up","hold":100,"repeat":2}, {"key":"up","repeat":"2"}]}""", "s.json"));
        Assert.Equal(
        [
            "steps[0].hold: must be a number of milliseconds from 1 to 60000, found 0",
            "steps[1].hold: must be a number of milliseconds from 1 to 60000, found \"long\"",
            "steps[2]: a key is either held or repeated, not both (remove hold or repeat)",
            "steps[3].repeat: must be a positive integer, found \"2\"",
        ], ex.Errors);
    }

    [Fact]
    public void Size_defaults_to_720p()
    {
        Assert.Equal(ScreenSize.Default, Script.Parse("""{"steps":[]}""", "s").Size);
    }

    [Fact]
    public void Errors_name_the_step_index_and_what_is_wrong()
    {
        var ex = Assert.Throws<MigrationFileException>(() => Script.Parse("""
            {"size":[0,720], "steps":[{"key":"enter"}, {"key":"up","repeat":0}, {"idle":false}, {"wait":-5},
             {"screenshot":"../x"}, {"navigate":"home","key":"up"}, {}, {"navigate":"home","repeat":2}, 3]}
            """, "s.json"));

        Assert.Equal(
        [
            "size: must be [width, height] in positive integer pixels, found [0,720]",
            "steps[0].key: \"enter\" is not a key (expected one of up, down, left, right, select, back)",
            "steps[1].repeat: must be a positive integer, found 0",
            "steps[2].idle: must be true, found false",
            "steps[3].wait: must be a non-negative number of milliseconds, found -5",
            "steps[4].screenshot: must be a file name without directories, found \"../x\"",
            "steps[5]: must have exactly one of navigate, key, idle, wait, screenshot, dump, debug, found navigate, key",
            "steps[6]: must have exactly one of navigate, key, idle, wait, screenshot, dump, debug, found none",
            "steps[7].repeat: not allowed in a navigate step",
            "steps[8]: must be an object, found a number",
        ], ex.Errors);
    }

    [Fact]
    public void Script_file_is_loaded_from_disk()
    {
        using var dir = new TempDir();
        var script = Script.Load(dir.File("s.json", """{"steps":[{"key":"select"}]}"""));
        Assert.Equal(dir.Combine("s.json"), script.Source);
        Assert.Equal("key select", script.Steps[0].Describe());
    }

    [Theory]
    [InlineData("1280x720", 1280, 720)]
    [InlineData("1920x1080", 1920, 1080)]
    public void Size_option_parses(string text, int w, int h) => Assert.Equal(new ScreenSize(w, h), ScreenSize.Parse(text));

    [Theory]
    [InlineData("1280")]
    [InlineData("0x720")]
    [InlineData("axb")]
    public void Bad_size_option_names_the_text(string text) =>
        Assert.Contains($"\"{text}\"", Assert.Throws<FormatException>(() => ScreenSize.Parse(text)).Message);
}
