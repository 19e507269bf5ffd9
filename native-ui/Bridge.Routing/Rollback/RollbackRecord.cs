namespace Bridge.Routing;

/// <summary>One switch of a page to its fallback, as logged and reported.</summary>
/// <param name="Page">The manifest name of the page.</param>
/// <param name="From">The path that failed.</param>
/// <param name="To">The path used from now on, or null when the page had no fallback to switch to.</param>
/// <param name="Reason">Why: an exception outside an error boundary, a broken latency budget, ...</param>
/// <param name="ExceptionType">The full type name of the exception, when one caused it.</param>
/// <param name="Message">The exception message, when one caused it.</param>
/// <param name="Stack">The exception stack trace, when one caused it.</param>
/// <param name="Time">When the rollback happened.</param>
public sealed record RollbackRecord(string Page, PagePath From, PagePath? To, string Reason, string? ExceptionType,
    string? Message, string? Stack, DateTimeOffset Time);
