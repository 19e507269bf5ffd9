using System.Text.Json;
using Bridge.Interaction.Focus;

namespace Bridge.Cli.Tests.Navigation;

/// <summary>The navigation cases of <c>Navigation/navigation-cases.json</c>: trees, keys and the focus expected after each
/// key, run through the engine on every path.</summary>
internal sealed record NavigationCaseFile(string About, IReadOnlyList<NavigationCase> Cases)
{
    private static readonly Lazy<NavigationCaseFile> s_file = new(() => Load(Path.Combine(AppContext.BaseDirectory, "Navigation", "navigation-cases.json")));

    /// <summary>The case file, read once per test run.</summary>
    public static NavigationCaseFile Shared => s_file.Value;

    public NavigationCase Get(string name) =>
        Cases.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"no navigation case named '{name}'");

    public static NavigationCaseFile Load(string path) =>
        JsonSerializer.Deserialize<NavigationCaseFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidDataException($"{path}: not a navigation case file");
}

/// <summary>A tree, the node focused first, the keys pressed and the node expected to have focus after each.</summary>
internal sealed record NavigationCase(string Name, NavigationNode Tree, string Focus, IReadOnlyList<string> Keys, IReadOnlyList<string> Expect);

/// <summary>One node of a case tree; <see cref="Box"/> is absolute [x, y, w, h] (the <c>order</c> hint is ignored).</summary>
internal sealed record NavigationNode(string Id, float[] Box, bool Focusable, NavigationGroup? Group, bool Hidden,
    IReadOnlyDictionary<string, string>? Override, IReadOnlyList<string>? Consume, IReadOnlyList<NavigationNode>? Children)
{
    public float X => Box[0];

    public float Y => Box[1];

    public float W => Box[2];

    public float H => Box[3];

    public IReadOnlyList<NavigationNode> ChildNodes => Children ?? [];

    public string? OverrideFor(string direction) => Override is not null && Override.TryGetValue(direction, out var target) ? target : null;
}

/// <summary>A focus group: memory, preferred child (testID), and the directions it blocks and wraps in.</summary>
internal sealed record NavigationGroup(bool Remember, string? Preferred, IReadOnlyList<string>? Boundary, IReadOnlyList<string>? Wrap)
{
    public static DirectionSet ToSet(IReadOnlyList<string>? names)
    {
        var set = DirectionSet.None;
        foreach (var name in names ?? [])
        {
            set |= name switch
            {
                "up" => DirectionSet.Up,
                "down" => DirectionSet.Down,
                "left" => DirectionSet.Left,
                "right" => DirectionSet.Right,
                _ => throw new InvalidDataException($"'{name}' is not a direction (up, down, left, right)"),
            };
        }
        return set;
    }
}
