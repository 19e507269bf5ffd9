namespace Bridge.Reactive;

/// <summary>Reported to an owner's error handler when an effect keeps re-triggering itself within one flush.</summary>
public sealed class ReactiveLoopException : Exception
{
    /// <summary>Creates the exception with a message naming the effect.</summary>
    public ReactiveLoopException(string message)
        : base(message)
    {
    }
}
