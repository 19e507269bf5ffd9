namespace Bridge.Migration;

/// <summary>A manifest or script is wrong; <see cref="Errors"/> lists every problem, each naming where it is.</summary>
public sealed class MigrationFileException(string file, IReadOnlyList<string> errors)
    : Exception($"{file}: {errors.Count} error(s){Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors))
{
    /// <summary>The file that was read.</summary>
    public string File { get; } = file;

    /// <summary>Every problem found, e.g. <c>pages.search.live: "compare" needs both "native" and "legacy"</c>.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
