using System.Text.Json;

namespace Bridge.App.Tests.Demo;

public sealed class DemoScriptTests
{
    private static readonly string[] Keys = ["up", "down", "left", "right", "select", "back"];
    private static readonly string[] StepKinds = ["navigate", "key", "idle", "wait", "screenshot", "dump"];

    private static JsonElement Load() => JsonDocument.Parse(File.ReadAllText(DemoFiles.Script)).RootElement;

    private static List<JsonElement> Steps() => Load().GetProperty("steps").EnumerateArray().ToList();

    [Fact]
    public void Script_runs_at_the_design_size()
    {
        var size = Load().GetProperty("size").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(new[] { 1280, 720 }, size);
    }

    [Fact]
    public void Every_step_is_one_known_kind_with_a_valid_value()
    {
        var steps = Steps();
        for (var i = 0; i < steps.Count; i++)
        {
            var kind = steps[i].EnumerateObject().First().Name;
            Assert.True(StepKinds.Contains(kind), $"step {i}: unknown kind '{kind}'");
            if (kind == "key")
            {
                Assert.True(Keys.Contains(steps[i].GetProperty("key").GetString()), $"step {i}: unknown key");
                if (steps[i].TryGetProperty("repeat", out var repeat))
                {
                    Assert.True(repeat.GetInt32() >= 1, $"step {i}: repeat < 1");
                }
            }
        }
    }

    [Fact]
    public void Script_visits_every_page_and_shoots_and_dumps_each()
    {
        var steps = Steps();
        var visited = new HashSet<string>();
        foreach (var s in steps)
        {
            if (s.TryGetProperty("navigate", out var page))
            {
                visited.Add(page.GetString()!);
            }
        }
        Assert.Superset(new HashSet<string> { "home", "search", "settings", "player" }, visited);

        var shots = steps.Where(s => s.TryGetProperty("screenshot", out _)).Select(s => s.GetProperty("screenshot").GetString()!).ToList();
        var dumps = steps.Where(s => s.TryGetProperty("dump", out _)).Select(s => s.GetProperty("dump").GetString()!).ToList();
        foreach (var page in new[] { "home", "details", "search", "settings", "player" })
        {
            Assert.Contains(shots, n => n.StartsWith(page, StringComparison.Ordinal));
            Assert.Contains(dumps, n => n.StartsWith(page, StringComparison.Ordinal));
        }
        Assert.Equal(shots.Count, shots.Distinct().Count());
    }

    [Fact]
    public void Player_is_entered_with_a_title_and_left_with_back()
    {
        var steps = Steps();
        var enter = steps.FindIndex(s => s.TryGetProperty("navigate", out var p) && p.GetString() == "player");
        Assert.True(enter >= 0, "the script never opens the player");
        Assert.Equal("t001", steps[enter].GetProperty("params").GetProperty("id").GetString());
        Assert.Contains(steps.Skip(enter), s => s.TryGetProperty("key", out var k) && k.GetString() == "back");
    }
}
