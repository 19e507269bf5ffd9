using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.Migration;

/// <summary>One step of an input script.</summary>
/// <param name="Index">The position of the step in "steps", for error messages and progress.</param>
public abstract record ScriptStep(int Index)
{
    /// <summary>How the step reads in progress output ("key right x3").</summary>
    public abstract string Describe();
}

/// <summary><c>{"navigate": "details", "params": {...}}</c>: pushes a page.</summary>
public sealed record NavigateStep(int Index, string Page, PageParams Params) : ScriptStep(Index)
{
    /// <inheritdoc/>
    public override string Describe() => Params.Count == 0 ? $"navigate {Page}" : $"navigate {Page} {Params}";
}

/// <summary><c>{"key": "right", "repeat": 3}</c>: presses a remote key, <see cref="Repeat"/> times;
/// <c>{"key": "right", "hold": 600}</c>: holds it for <see cref="HoldMs"/> milliseconds, the remote sending an
/// auto-repeat every <see cref="AutoRepeatMs"/> ms (the engine throttles how many of them act).</summary>
public sealed record KeyStep(int Index, KeyName Key, int Repeat, int HoldMs = 0) : ScriptStep(Index)
{
    /// <summary>How often a held remote key sends an auto-repeat.</summary>
    public const int AutoRepeatMs = 50;

    /// <inheritdoc/>
    public override string Describe() => HoldMs > 0 ? $"key {KeyNames.ToJs(Key)} held {HoldMs} ms"
        : Repeat == 1 ? $"key {KeyNames.ToJs(Key)}" : $"key {KeyNames.ToJs(Key)} x{Repeat}";
}

/// <summary><c>{"idle": true}</c>: waits until no input, batch, animation or resource load is pending.</summary>
public sealed record IdleStep(int Index) : ScriptStep(Index)
{
    /// <inheritdoc/>
    public override string Describe() => "idle";
}

/// <summary><c>{"wait": 250}</c>: lets frames run for a number of milliseconds.</summary>
public sealed record WaitStep(int Index, double Milliseconds) : ScriptStep(Index)
{
    /// <inheritdoc/>
    public override string Describe() => $"wait {Milliseconds} ms";
}

/// <summary><c>{"screenshot": "home-1"}</c>: writes NAME.png into the output directory.</summary>
public sealed record ScreenshotStep(int Index, string Name) : ScriptStep(Index)
{
    /// <inheritdoc/>
    public override string Describe() => $"screenshot {Name}";
}

/// <summary><c>{"dump": "home-1"}</c>: writes NAME.tree.json into the output directory.</summary>
public sealed record DumpStep(int Index, string Name) : ScriptStep(Index)
{
    /// <inheritdoc/>
    public override string Describe() => $"dump {Name}";
}

/// <summary><c>{"debug": "focus"}</c>: shows a debug view over the following frames; <c>{"debug": "none"}</c> hides it.</summary>
public sealed record DebugStep(int Index, DebugView View) : ScriptStep(Index)
{
    /// <inheritdoc/>
    public override string Describe() => $"debug {DebugViews.ToName(View)}";
}

/// <summary>What a <see cref="DebugStep"/> shows over the app.</summary>
public enum DebugView
{
    /// <summary>No debug view.</summary>
    None,
    /// <summary>The focus debug overlay: focusable boxes, the focused node, the last navigation's candidates and scores.</summary>
    Focus,
}

/// <summary>The script names of <see cref="DebugView"/>.</summary>
public static class DebugViews
{
    /// <summary>The names a script may give, in the order error messages list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["focus", "none"];

    /// <summary>Reads a script name ("focus", "none").</summary>
    public static bool TryParse(string? name, out DebugView view)
    {
        view = name switch { "focus" => DebugView.Focus, _ => DebugView.None };
        return name is "focus" or "none";
    }

    /// <summary>The script name of <paramref name="view"/>.</summary>
    public static string ToName(DebugView view) => view == DebugView.Focus ? "focus" : "none";
}

/// <summary>A viewport size in pixels.</summary>
public readonly record struct ScreenSize(int Width, int Height)
{
    /// <summary>1280x720, the default of scripts and the command line.</summary>
    public static ScreenSize Default { get; } = new(1280, 720);

    /// <summary>Parses "WIDTHxHEIGHT" as the --size option gives it.</summary>
    /// <exception cref="FormatException">The text is not two positive integers joined by 'x'.</exception>
    public static ScreenSize Parse(string text)
    {
        var parts = (text ?? "").Split('x');
        if (parts.Length == 2 && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var h) && w > 0 && h > 0
            && w <= 16384 && h <= 16384)
        {
            return new ScreenSize(w, h);
        }
        throw new FormatException($"size \"{text}\" is not WIDTHxHEIGHT with positive integers up to 16384 (e.g. 1280x720)");
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Width}x{Height}";
}
