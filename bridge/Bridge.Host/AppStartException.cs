namespace Bridge.Host;

/// <summary>The app cannot start as configured: a user mistake (a file, a setting, a registration) that one line explains.</summary>
/// <remarks>The message names what was wrong, where, and how to fix it; programs print it alone (no stack trace) and exit 2.</remarks>
public sealed class AppStartException(string message, Exception? inner = null) : Exception(message, inner);
