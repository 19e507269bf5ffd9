namespace Bridge.Routing;

/// <summary>What happened to a page.</summary>
public enum PageFaultKind : byte
{
    /// <summary>The page reported an uncaught error (render, handler, effect); it may show nothing since.</summary>
    ScriptError,

    /// <summary>A batch of the page was rejected (bad bytes or a bad value): the page stops there and shows an error.</summary>
    BatchRejected,

    /// <summary>The page's code ran past the handler timeout (a loop in a handler, render or effect) and was stopped: the
    /// page shows an error.</summary>
    Hung,

    /// <summary>The page's code went past the JS heap cap and was stopped: the page shows an error.</summary>
    HeapExhausted,

    /// <summary>The JS runtime failed while the page's code ran (an engine error, its process ended): the page shows an error.</summary>
    Crashed,

    /// <summary>Another page stopped the JS runtime; this one was mounted again in a fresh runtime, with its params and focus.</summary>
    Remounted,
}

/// <summary>One fault of a page during a run, for the report: which page, what happened, why, when.</summary>
/// <param name="Page">The manifest name of the page.</param>
/// <param name="Implementation">The implementation that faulted (a legacy page name, or a native page's).</param>
/// <param name="Kind">What happened.</param>
/// <param name="Reason">The message: the rejected op and value, the engine and timeout, the error.</param>
/// <param name="At">When it happened.</param>
public sealed record PageFault(string Page, string Implementation, PageFaultKind Kind, string Reason, DateTimeOffset At)
{
    /// <summary>True when the page no longer works (it shows an error view); false for a remount or a reported error.</summary>
    public bool Fatal => Kind is PageFaultKind.BatchRejected or PageFaultKind.Hung or PageFaultKind.HeapExhausted or PageFaultKind.Crashed;
}
