namespace Bridge.Migration;

/// <summary>What kind of thing went wrong in a page during a run.</summary>
public enum RunErrorKind : byte
{
    /// <summary>A native page's handler or effect threw outside an error boundary.</summary>
    NativeHandler = 1,

    /// <summary>A legacy page reported an error (a JS exception) or sent a batch the host rejected.</summary>
    LegacyError = 2,
}

/// <summary>One thing that went wrong in a page during a run, as the report lists it.</summary>
/// <param name="Page">The manifest page, when known.</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">The error, naming the page, node or op where it can.</param>
public sealed record RunError(string? Page, RunErrorKind Kind, string Message)
{
    /// <summary>The kind's name in reports: "native-handler" or "legacy-error".</summary>
    public string KindName => Kind switch
    {
        RunErrorKind.NativeHandler => "native-handler",
        RunErrorKind.LegacyError => "legacy-error",
        _ => Kind.ToString(),
    };
}
