using System.Text.Json;
using Bridge.Schema;

namespace Bridge.Migration;

/// <summary>Reads one step object; each step has exactly one verb key.</summary>
internal static class ScriptStepReader
{
    private static readonly string[] Verbs = ["navigate", "key", "idle", "wait", "screenshot", "dump", "debug"];

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
        string[] allowed = verb.Name switch { "navigate" => ["params"], "key" => ["repeat", "hold"], _ => [] };
        foreach (var extra in item.EnumerateObject().Where(p => p.Name != verb.Name && !allowed.Contains(p.Name)))
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
            "debug" => DebugViews.TryParse(verb.Value.ValueKind == JsonValueKind.String ? verb.Value.GetString() : null, out var view)
                ? new DebugStep(index, view)
                : Fail<ScriptStep>(errors, $"{at}.debug: {verb.Value.GetRawText()} is not a debug view (expected one of {string.Join(", ", DebugViews.Names)})"),
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
        if (item.TryGetProperty("repeat", out var r) && (r.ValueKind != JsonValueKind.Number || !r.TryGetInt32(out repeat) || repeat < 1))
        {
            return Fail<KeyStep>(errors, $"{at}.repeat: must be a positive integer, found {r.GetRawText()}");
        }
        var hold = 0;
        if (item.TryGetProperty("hold", out var h))
        {
            if (h.ValueKind != JsonValueKind.Number || !h.TryGetInt32(out hold) || hold < 1 || hold > 60_000)
            {
                return Fail<KeyStep>(errors, $"{at}.hold: must be a number of milliseconds from 1 to 60000, found {h.GetRawText()}");
            }
            if (item.TryGetProperty("repeat", out _))
            {
                return Fail<KeyStep>(errors, $"{at}: a key is either held or repeated, not both (remove hold or repeat)");
            }
        }
        return new KeyStep(index, name, repeat, hold);
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
