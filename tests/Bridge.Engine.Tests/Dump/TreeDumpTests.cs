using Bridge.Engine.Dump;
using Bridge.Engine.Compose;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Dump;

public sealed class TreeDumpTests
{
    private static Node Tile(int id, string title) =>
        View(testId: $"tile-{id}", focusable: true, style: new() { Width = 240, Height = 135, BorderRadius = 8, BackgroundColor = "#202830" })
        [
            Image($"tiles/{id}.png", style: new() { Width = 240, Height = 100 }),
            Text(title, style: new() { Color = "#ffffff", FontSize = 20, Height = 35 })
        ];

    [Fact]
    public void Dump_of_a_small_composed_page_matches_the_expected_json()
    {
        using var host = new TestHost(1280, 720);
        host.Mount(() => View(testId: "home", style: new() { Padding = 48, BackgroundColor = "#101418" })
        [
            View(testId: "rail-1", scroll: Bridge.Engine.Widgets.ScrollAxis.Horizontal, style: new() { FlexDirection = "row", Gap = 16 })
            [
                Tile(1, "One"),
                Tile(2, "Two")
            ]
        ]);
        host.World.Focus(host.World.FindByTestId("tile-2"));
        host.Frame();

        string expected = """
            {"type":"view","x":0,"y":0,"w":1280,"h":720,"children":[
              {"type":"view","testID":"home","x":0,"y":0,"w":1280,"h":231,"backgroundColor":"#101418","children":[
                {"type":"view","testID":"rail-1","x":48,"y":48,"w":1184,"h":135,"children":[
                  {"type":"view","testID":"tile-1","x":48,"y":48,"w":240,"h":135,"backgroundColor":"#202830","children":[
                    {"type":"image","x":48,"y":48,"w":240,"h":100,"src":"tiles/1.png"},
                    {"type":"text","x":48,"y":148,"w":240,"h":35,"text":"One","color":"#ffffff"}]},
                  {"type":"view","testID":"tile-2","x":304,"y":48,"w":240,"h":135,"backgroundColor":"#202830","focused":true,"children":[
                    {"type":"image","x":304,"y":48,"w":240,"h":100,"src":"tiles/2.png"},
                    {"type":"text","x":304,"y":148,"w":240,"h":35,"text":"Two","color":"#ffffff"}]}]}]}]}
            """;
        Assert.Equal(Compact(expected), TreeDump.ToJson(host.World));
    }

    [Fact]
    public void Dump_names_border_colour_opacity_and_translucent_colours_only_where_they_draw()
    {
        using var host = new TestHost(200, 100);
        host.Mount(() => View(testId: "card", style: new() { Width = 100, Height = 50, BorderWidth = 2, BorderColor = "red", Opacity = 0.5f,
            BackgroundColor = "rgba(0, 0, 255, 0.5)" })[Text("hi", style: new() { Color = "#abc" })]);
        host.Frame();

        string json = TreeDump.ToJson(host.World);

        Assert.Contains("\"testID\":\"card\",\"x\":0,\"y\":0,\"w\":100,\"h\":50,\"backgroundColor\":\"#0000ff80\",\"borderColor\":\"#ff0000\",\"opacity\":0.5", json);
        Assert.Contains("\"text\":\"hi\",\"color\":\"#aabbcc\"}", json);
        Assert.DoesNotContain("borderColor\":\"#000000", json);
    }

    private static string Compact(string json)
    {
        var sb = new System.Text.StringBuilder();
        bool inString = false;
        foreach (char c in json)
        {
            if (c == '"') inString = !inString;
            if (!inString && char.IsWhiteSpace(c)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
