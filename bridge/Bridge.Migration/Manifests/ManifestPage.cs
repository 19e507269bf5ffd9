using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>One page of a manifest: its implementations, live path, fallback and optional latency budget.</summary>
/// <param name="Name">The key under "pages".</param>
/// <param name="Native">The registered C# page name ("native"), or null.</param>
/// <param name="Legacy">The page name a bundle registers ("legacy"), or null.</param>
/// <param name="Live">The path that runs ("live").</param>
/// <param name="Fallback">The path after a rollback ("fallback"), or null.</param>
/// <param name="BudgetP99Ms">The key-to-committed p99 budget in milliseconds ("budget": {"p99Ms"}), or null.</param>
public sealed record ManifestPage(string Name, string? Native, string? Legacy, PagePath Live, PagePath? Fallback,
    double? BudgetP99Ms)
{
    /// <summary>The implementations as the status table shows them: "native + legacy", "native" or "legacy".</summary>
    public string Implementations => (Native, Legacy) switch
    {
        (not null, not null) => "native + legacy",
        (not null, null) => "native",
        _ => "legacy",
    };

    /// <summary>The route the router uses for this page.</summary>
    public PageRoute ToRoute() => new(Name, Native, Legacy, Live, Fallback, BudgetP99Ms);
}

/// <summary>The JS engine that runs legacy pages.</summary>
public enum JsEngineKind : byte
{
    /// <summary>V8 through ClearScript.</summary>
    V8 = 1,

    /// <summary>Jint, fully managed.</summary>
    Jint = 2,
}

/// <summary>Conversions between <see cref="JsEngineKind"/> and its manifest and command-line name.</summary>
public static class JsEngineKinds
{
    /// <summary>The name of an engine ('v8', 'jint').</summary>
    public static string ToName(JsEngineKind engine) => engine switch
    {
        JsEngineKind.V8 => "v8",
        JsEngineKind.Jint => "jint",
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "not a JS engine"),
    };

    /// <summary>Finds an engine by name; false for anything but 'v8' and 'jint'.</summary>
    public static bool TryParse(string? name, out JsEngineKind engine)
    {
        switch (name)
        {
            case "v8": engine = JsEngineKind.V8; return true;
            case "jint": engine = JsEngineKind.Jint; return true;
            default: engine = default; return false;
        }
    }
}

/// <summary>A manifest or script is wrong; <see cref="Errors"/> lists every problem, each naming where it is.</summary>
public sealed class MigrationFileException(string file, IReadOnlyList<string> errors)
    : Exception($"{file}: {errors.Count} error(s){Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors))
{
    /// <summary>The file that was read.</summary>
    public string File { get; } = file;

    /// <summary>Every problem found, e.g. <c>pages.search.live: "compare" needs both "native" and "legacy"</c>.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
