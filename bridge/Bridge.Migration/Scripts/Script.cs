using System.Text.Json;
using Bridge.Schema;

namespace Bridge.Migration;

/// <summary>An input script: viewport size and the steps to play.</summary>
/// <remarks>Format: <c>{"size":[1280,720], "steps":[{"navigate":"home"}, {"key":"right","repeat":3}, {"idle":true},
/// {"wait":250}, {"screenshot":"home-1"}, {"dump":"home-1"}]}</c>; <c>navigate</c> may carry <c>"params":{...}</c>.</remarks>
public sealed class Script
{
    private Script(string source, ScreenSize size, IReadOnlyList<ScriptStep> steps)
    {
        Source = source;
        Size = size;
        Steps = steps;
    }

    /// <summary>Where the script came from (a file path or a name given to <see cref="Parse"/>).</summary>
    public string Source { get; }

    /// <summary>The viewport size; 1280x720 when the script gives none.</summary>
    public ScreenSize Size { get; }

    /// <summary>The steps in order.</summary>
    public IReadOnlyList<ScriptStep> Steps { get; }

    /// <summary>The number of key events the script sends (repeats counted).</summary>
    public int KeyEventCount => Steps.OfType<KeyStep>().Sum(k => k.Repeat);

    /// <summary>Reads and validates a script file; every error names the step index and what is wrong.</summary>
    /// <exception cref="MigrationFileException">The file is missing, not JSON or has errors.</exception>
    public static Script Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new MigrationFileException(full, ["file not found"]);
        }
        return Parse(File.ReadAllText(full), full);
    }

    /// <summary>Validates script text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="MigrationFileException">The text is not JSON or has errors.</exception>
    public static Script Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonValues.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new MigrationFileException(source, [$"not valid JSON: {ex.Message}"]);
        }
        using (document)
        {
            var errors = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MigrationFileException(source, [$"the script must be an object, found {JsonValues.Describe(root.ValueKind)}"]);
            }
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("size" or "steps"))
                {
                    errors.Add($"{property.Name}: unknown key (expected size, steps)");
                }
            }
            var size = ReadSize(root, errors);
            var steps = new List<ScriptStep>();
            if (!root.TryGetProperty("steps", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                errors.Add("steps: missing or not an array");
            }
            else
            {
                var index = 0;
                foreach (var item in array.EnumerateArray())
                {
                    if (ScriptStepReader.Read(index++, item, errors) is { } step)
                    {
                        steps.Add(step);
                    }
                }
            }
            if (errors.Count > 0)
            {
                throw new MigrationFileException(source, errors);
            }
            return new Script(source, size, steps);
        }
    }

    private static ScreenSize ReadSize(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("size", out var size))
        {
            return ScreenSize.Default;
        }
        if (size.ValueKind == JsonValueKind.Array && size.GetArrayLength() == 2
            && size[0].TryGetInt32(out var w) && size[1].TryGetInt32(out var h) && w > 0 && h > 0)
        {
            return new ScreenSize(w, h);
        }
        errors.Add($"size: must be [width, height] in positive integer pixels, found {size.GetRawText()}");
        return ScreenSize.Default;
    }
}

/// <summary>Reads one step object; each step has exactly one verb key.</summary>
internal static class ScriptStepReader
{
    private static readonly string[] Verbs = ["navigate", "key", "idle", "wait", "screenshot", "dump"];

    public static ScriptStep? Read(int index, JsonElement item, List<string> errors)
    {
        var at = $"steps[{index}]";
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}: must be an object, found {JsonValues.Describe(item.ValueKind)}");
            return null;
        }
        var verbs = item.EnumerateObject().Where(p => Verbs.Contains(p.Name)).ToList();
        if (verbs.Count != 1)
        {
            errors.Add($"{at}: must have exactly one of {string.Join(", ", Verbs)}, found {(verbs.Count == 0 ? "none" : string.Join(", ", verbs.Select(v => v.Name)))}");
            return null;
        }
        var verb = verbs[0];
        var allowed = verb.Name switch { "navigate" => "params", "key" => "repeat", _ => null };
        foreach (var extra in item.EnumerateObject().Where(p => p.Name != verb.Name && p.Name != allowed))
        {
            errors.Add($"{at}.{extra.Name}: not allowed in a {verb.Name} step");
        }
        var before = errors.Count;
        ScriptStep? step = verb.Name switch
        {
            "navigate" => ReadNavigate(index, at, item, verb.Value, errors),
            "key" => ReadKey(index, at, item, verb.Value, errors),
            "idle" => verb.Value.ValueKind == JsonValueKind.True ? new IdleStep(index) : Fail<ScriptStep>(errors, $"{at}.idle: must be true, found {verb.Value.GetRawText()}"),
            "wait" => verb.Value.ValueKind == JsonValueKind.Number && verb.Value.GetDouble() >= 0
                ? new WaitStep(index, verb.Value.GetDouble())
                : Fail<ScriptStep>(errors, $"{at}.wait: must be a non-negative number of milliseconds, found {verb.Value.GetRawText()}"),
            "screenshot" => ReadName(at, verb, errors) is { } shot ? new ScreenshotStep(index, shot) : null,
            _ => ReadName(at, verb, errors) is { } dump ? new DumpStep(index, dump) : null,
        };
        return errors.Count == before ? step : null;
    }

    private static NavigateStep? ReadNavigate(int index, string at, JsonElement item, JsonElement page, List<string> errors)
    {
        if (page.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(page.GetString()))
        {
            return Fail<NavigateStep>(errors, $"{at}.navigate: must be a page name, found {page.GetRawText()}");
        }
        if (!item.TryGetProperty("params", out var parameters))
        {
            return new NavigateStep(index, page.GetString()!, Routing.PageParams.Empty);
        }
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            return Fail<NavigateStep>(errors, $"{at}.params: must be an object, found {JsonValues.Describe(parameters.ValueKind)}");
        }
        return new NavigateStep(index, page.GetString()!, JsonValues.ToParams(parameters));
    }

    private static KeyStep? ReadKey(int index, string at, JsonElement item, JsonElement key, List<string> errors)
    {
        if (key.ValueKind != JsonValueKind.String || !KeyNames.TryParse(key.GetString()!, out var name))
        {
            var valid = string.Join(", ", Enum.GetValues<KeyName>().Select(KeyNames.ToJs));
            return Fail<KeyStep>(errors, $"{at}.key: {key.GetRawText()} is not a key (expected one of {valid})");
        }
        var repeat = 1;
        if (item.TryGetProperty("repeat", out var r) && (!r.TryGetInt32(out repeat) || repeat < 1))
        {
            return Fail<KeyStep>(errors, $"{at}.repeat: must be a positive integer, found {r.GetRawText()}");
        }
        return new KeyStep(index, name, repeat);
    }

    private static string? ReadName(string at, JsonProperty verb, List<string> errors)
    {
        var name = verb.Value.ValueKind == JsonValueKind.String ? verb.Value.GetString() : null;
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or ".."
            || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            errors.Add($"{at}.{verb.Name}: must be a file name without directories, found {verb.Value.GetRawText()}");
            return null;
        }
        return name;
    }

    private static T? Fail<T>(List<string> errors, string message) where T : class
    {
        errors.Add(message);
        return null;
    }
}
