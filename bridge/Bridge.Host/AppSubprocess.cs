namespace Bridge.Host;

/// <summary>A helper process an app's program can be started as (a plug-in's worker, such as the JS runtime of the
/// legacy side): the program runs again with <see cref="Flag"/> and the name, and runs only that.</summary>
/// <remarks>Plug-ins register theirs as services; <c>BridgeApp</c> dispatches to it before anything else, so the
/// program needs no separate executable beside it.</remarks>
public interface IAppSubprocess
{
    /// <summary>The name after <see cref="Flag"/>, e.g. "legacy-runtime".</summary>
    string Name { get; }

    /// <summary>Runs the subprocess on the arguments after its name; returns the exit code.</summary>
    int Run(string[] args);
}

/// <summary>How to start the running program again as one of its subprocesses.</summary>
public static class AppSubprocess
{
    /// <summary>The first argument of a subprocess's command line.</summary>
    public const string Flag = "--bridge-subprocess";

    /// <summary>The command that runs this program (file and leading arguments), set by the program's entry when it is an
    /// app that serves its own subprocesses; null in other hosts (test runners), which start a worker program instead.</summary>
    public static (string File, IReadOnlyList<string> Args)? Self { get; set; }
}
