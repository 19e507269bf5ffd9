using System.Runtime.InteropServices;
using Bridge.Host;
using Microsoft.Win32.SafeHandles;

namespace Bridge.Legacy.Engines.Process;

/// <summary>Runs this process as a JS runtime worker: requests on stdin, answers on the original stdout.</summary>
/// <remarks>Native code that prints (V8's fatal errors) writes to file descriptor 1, so the answers keep a private copy of
/// it and descriptor 1 is pointed at stderr. An app's own program serves it as the subprocess "legacy-runtime"; the
/// Bridge.Legacy.Worker program does the same for hosts that are not apps (test runners).</remarks>
public static partial class WorkerProcess
{
    /// <summary>The subprocess name an app's program answers to.</summary>
    public const string SubprocessName = "legacy-runtime";

    /// <summary>Serves requests until the input ends or a Quit arrives; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        Stream answers = Console.OpenStandardOutput();
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            var copy = Dup(1);
            if (copy >= 0 && Dup2(2, 1) >= 0)
            {
                answers = new FileStream(new SafeFileHandle(copy, ownsHandle: true), FileAccess.Write, bufferSize: 64 * 1024);
            }
        }
        Console.SetOut(Console.Error);
        // Standard input is descriptor 0, which the main loop and its watch thread wait on.
        var input = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? 0 : -1;
        return RuntimeWorker.Serve(args, Console.OpenStandardInput(), answers, Console.Error, input);
    }

    [LibraryImport("libc", EntryPoint = "dup")]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "dup2")]
    private static partial int Dup2(int oldFd, int newFd);

    /// <summary>The app subprocess that runs a worker.</summary>
    internal sealed class Subprocess : IAppSubprocess
    {
        public string Name => SubprocessName;

        public int Run(string[] args) => WorkerProcess.Run(args);
    }
}
