namespace Bridge.App.Data;

/// <summary>The viewer's settings (toggles and choices), shared by both paths and safe to use from any thread.</summary>
public sealed class SettingsStore
{
    private sealed record Definition(string Id, string Label, string? Description, object Initial, string[]? Options);

    private static readonly Definition[] Definitions =
    [
        new("theme", "Theme", "Colours of the whole app", "dark", ["dark", "light"]),
        new("autoplay", "Autoplay next episode", "Start the next episode when one ends", true, null),
        new("subtitles", "Subtitles", "Show subtitles when available", false, null),
        new("audioDescription", "Audio description", "Narration of what happens on screen", false, null),
        new("language", "Audio language", null, "English", ["English", "Deutsch", "Francais", "Espanol", "Italiano"]),
        new("quality", "Streaming quality", "Best uses the most data", "Auto", ["Auto", "Best", "Good", "Data saver"]),
        new("parental", "Parental controls", "Highest maturity rating allowed", "18+", ["18+", "16+", "13+", "7+", "ALL"]),
        new("previews", "Play trailers in the background", null, true, null),
    ];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    /// <summary>Creates a store holding the default value of every setting.</summary>
    public SettingsStore()
    {
        foreach (var d in Definitions)
        {
            _values[d.Id] = d.Initial;
        }
    }

    /// <summary>The current theme ("dark" or "light").</summary>
    public string Theme => (string)Get("theme");

    /// <summary>The current value of a setting: a bool for a toggle, a string for a choice.</summary>
    public object Get(string id)
    {
        lock (_gate)
        {
            return _values.TryGetValue(id, out var value)
                ? value
                : throw new KeyNotFoundException($"there is no setting '{id}'");
        }
    }

    /// <summary>Changes a setting; throws <see cref="ArgumentException"/> naming the setting for a value of the wrong kind or outside its options.</summary>
    public void Set(string id, object? value)
    {
        var d = Find(id) ?? throw new ArgumentException($"there is no setting '{id}'", nameof(id));
        if (d.Options is null)
        {
            if (value is not bool)
            {
                throw new ArgumentException($"setting '{id}' is a toggle and takes true or false, not '{value ?? "null"}'", nameof(value));
            }
        }
        else if (value is not string s || Array.IndexOf(d.Options, s) < 0)
        {
            throw new ArgumentException($"setting '{id}' takes one of {string.Join(", ", d.Options)}, not '{value ?? "null"}'", nameof(value));
        }
        lock (_gate)
        {
            _values[id] = value;
        }
    }

    /// <summary>Every setting as plain data: id, label, description, kind ("toggle" or "choice"), value and options.</summary>
    public List<object?> ToData()
    {
        var list = new List<object?>(Definitions.Length);
        foreach (var d in Definitions)
        {
            list.Add(ToData(d.Id));
        }
        return list;
    }

    /// <summary>One setting as plain data.</summary>
    public Dictionary<string, object?> ToData(string id)
    {
        var d = Find(id) ?? throw new KeyNotFoundException($"there is no setting '{id}'");
        var map = new Dictionary<string, object?>
        {
            ["id"] = d.Id,
            ["label"] = d.Label,
            ["description"] = d.Description,
            ["kind"] = d.Options is null ? "toggle" : "choice",
            ["value"] = Get(d.Id),
        };
        if (d.Options is not null)
        {
            map["options"] = new List<object?>(d.Options);
        }
        return map;
    }

    private static Definition? Find(string id) => Array.Find(Definitions, d => d.Id == id);
}
