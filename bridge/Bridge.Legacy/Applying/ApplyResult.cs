namespace Bridge.Legacy.Applying;

/// <summary>What became of an op batch.</summary>
public enum ApplyStatus : byte
{
    /// <summary>Every op was applied.</summary>
    Applied,

    /// <summary>The batch was invalid and changed nothing; JS is told with a BatchRejected event.</summary>
    Rejected,

    /// <summary>The revision was not newer than the last applied one; dropped and counted.</summary>
    Stale,

    /// <summary>The page root is faulted by an earlier rejection, or already closed; dropped without a new event.</summary>
    Dropped,
}

/// <summary>The outcome of applying one op batch.</summary>
/// <param name="Status">Applied, rejected, stale or dropped.</param>
/// <param name="Message">Why a batch was rejected: the op index, op, node and what was expected.</param>
/// <param name="Ops">Ops applied (0 unless applied).</param>
/// <param name="PageErrors">Error ops the page sent in the batch (uncaught JS errors of that page).</param>
public readonly record struct ApplyResult(ApplyStatus Status, string? Message, int Ops, IReadOnlyList<string> PageErrors);
