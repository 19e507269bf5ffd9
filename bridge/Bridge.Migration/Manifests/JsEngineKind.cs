namespace Bridge.Migration;

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
