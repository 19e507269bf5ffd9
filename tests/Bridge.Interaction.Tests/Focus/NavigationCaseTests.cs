using System.Text.Json;
using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;
using Bridge.Interaction.Input;

namespace Bridge.Interaction.Tests.Focus;

/// <summary>Runs the data-driven navigation cases of <c>Cases/navigation-cases.json</c> against a hand-built tree.</summary>
public sealed class NavigationCaseTests
{
    private static readonly string CasesPath = Path.Combine(AppContext.BaseDirectory, "Cases", "navigation-cases.json");

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Load().GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Navigation_case_ends_on_the_expected_node_after_each_key(string name)
    {
        var testCase = Load().GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        var graph = new TreeGraph();
        var pending = new List<(int, JsonElement)>();
        Build(graph, -1, testCase.GetProperty("tree"), pending);
        foreach (var (node, element) in pending)
        {
            Configure(graph, node, element);
        }

        var controller = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        var start = testCase.GetProperty("focus").GetString()!;
        Assert.True(controller.RequestFocus(graph, graph[start]), $"{name}: cannot focus '{start}'");
        var keys = testCase.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToArray();
        var expected = testCase.GetProperty("expect").EnumerateArray().Select(k => k.GetString()!).ToArray();
        Assert.Equal(keys.Length, expected.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            controller.HandleKey(graph, ParseKey(keys[i]), i * 1000);
            var actual = NameOf(graph, controller.Focused);
            Assert.True(actual == expected[i], $"{name}: after key {i + 1} ({keys[i]}) focus is on '{actual}', expected '{expected[i]}'");
        }
    }

    private static JsonElement Load() => JsonDocument.Parse(File.ReadAllText(CasesPath)).RootElement;

    private static int Build(TreeGraph graph, int parent, JsonElement element, List<(int, JsonElement)> pending)
    {
        var box = element.GetProperty("box").EnumerateArray().Select(v => v.GetSingle()).ToArray();
        var order = element.TryGetProperty("order", out var o)
            ? o.GetString() switch
            {
                "horizontal" => ChildOrder.Horizontal,
                "vertical" => ChildOrder.Vertical,
                var other => throw new InvalidDataException($"node '{element.GetProperty("id")}': order '{other}' is not horizontal or vertical"),
            }
            : ChildOrder.None;
        var node = graph.Add(parent, new Rect(box[0], box[1], box[2], box[3]),
            focusable: element.TryGetProperty("focusable", out var f) && f.GetBoolean(),
            order: order, name: element.GetProperty("id").GetString());
        pending.Add((node, element));
        if (element.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Build(graph, node, child, pending);
            }
        }
        return node;
    }

    private static void Configure(TreeGraph graph, int node, JsonElement element)
    {
        if (element.TryGetProperty("group", out var group))
        {
            var flags = FocusGroupFlags.Group;
            if (group.TryGetProperty("remember", out var r) && r.GetBoolean())
            {
                flags |= FocusGroupFlags.RememberLast;
            }
            var preferred = group.TryGetProperty("preferred", out var p) ? graph[p.GetString()!] : -1;
            graph.SetGroup(node, new FocusGroup(flags, preferred, Directions(group, "boundary"), Directions(group, "wrap")));
        }
        if (element.TryGetProperty("hidden", out var hidden) && hidden.GetBoolean())
        {
            graph.SetNavigable(node, false);
        }
        if (element.TryGetProperty("override", out var overrides))
        {
            foreach (var entry in overrides.EnumerateObject())
            {
                graph.SetOverride(node, ParseDirection(entry.Name), graph[entry.Value.GetString()!]);
            }
        }
        if (element.TryGetProperty("consume", out var consume))
        {
            var keys = consume.EnumerateArray().Select(k => ParseKey(k.GetString()!)).ToHashSet();
            graph.SetHandler(node, key => keys.Contains(key) ? KeyVerdict.Consume : KeyVerdict.Continue);
        }
    }

    private static DirectionSet Directions(JsonElement group, string property)
    {
        var set = DirectionSet.None;
        if (group.TryGetProperty(property, out var list))
        {
            foreach (var d in list.EnumerateArray())
            {
                set |= ParseDirection(d.GetString()!).ToSet();
            }
        }
        return set;
    }

    private static Direction ParseDirection(string name) =>
        ParseKey(name).TryGetDirection(out var d) ? d : throw new InvalidDataException($"'{name}' is not a direction");

    private static RemoteKey ParseKey(string name) => name switch
    {
        "up" => RemoteKey.Up,
        "down" => RemoteKey.Down,
        "left" => RemoteKey.Left,
        "right" => RemoteKey.Right,
        "select" => RemoteKey.Select,
        "back" => RemoteKey.Back,
        _ => throw new InvalidDataException($"'{name}' is not a key (up, down, left, right, select, back)"),
    };

    private static string NameOf(TreeGraph graph, int node) => node < 0 ? "(none)" : graph.NameOf(node);
}
