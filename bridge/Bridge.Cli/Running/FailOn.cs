using Bridge.Migration;

namespace Bridge.Cli.Running;

/// <summary>What makes a run exit non-zero (<c>--fail-on</c>).</summary>
internal enum FailOn : byte
{
    /// <summary>Anything that went wrong in a page: a handler or JS error, a rejected batch, a rollback (the default).</summary>
    Error,

    /// <summary>Only a page that rolled back to its fallback.</summary>
    Rollback,

    /// <summary>Nothing: the run exits 0 whatever its pages did.</summary>
    Never,
}

/// <summary>Applies <see cref="FailOn"/> to a run's report.</summary>
internal static class FailOnPolicy
{
    public static FailOn Parse(string value) => value switch
    {
        "error" => FailOn.Error,
        "rollback" => FailOn.Rollback,
        "never" => FailOn.Never,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "expected error, rollback or never"),
    };

    /// <summary>Why the run fails under the policy, or null when it does not.</summary>
    public static string? Failure(FailOn policy, IReadOnlyList<RunError> errors, IReadOnlyList<Routing.RollbackRecord> rollbacks)
    {
        var failing = policy switch
        {
            FailOn.Error => errors.Count > 0 || rollbacks.Count > 0,
            FailOn.Rollback => rollbacks.Count > 0,
            _ => false,
        };
        if (!failing)
        {
            return null;
        }
        var first = errors.Count > 0 ? errors[0].Message : rollbacks[0].Reason;
        return $"{errors.Count} page error(s), {rollbacks.Count} rollback(s); first: {first} (report.json lists them; --fail-on never exits 0 anyway)";
    }
}
