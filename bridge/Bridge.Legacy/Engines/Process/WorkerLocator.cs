using System.Diagnostics;
using Bridge.Host;

namespace Bridge.Legacy.Engines.Process;

/// <summary>How to start a runtime worker: the app's own program as its "legacy-runtime" subprocess, or else
/// <c>Bridge.Legacy.Worker.dll</c> next to the host.</summary>
internal static class WorkerLocator
{
    public const string AssemblyName = "Bridge.Legacy.Worker";

    public static ProcessStartInfo StartInfo(string engine)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (AppSubprocess.Self is { } self)
        {
            // An app's program is its own worker.
            start.FileName = self.File;
            foreach (var arg in self.Args)
            {
                start.ArgumentList.Add(arg);
            }
            start.ArgumentList.Add(AppSubprocess.Flag);
            start.ArgumentList.Add(WorkerProcess.SubprocessName);
        }
        else
        {
            var dll = Path.Combine(AppContext.BaseDirectory, AssemblyName + ".dll");
            if (!File.Exists(dll))
            {
                throw new JsRuntimeException(engine, "start",
                    $"the runtime worker {dll} is missing: a host that is not a Bridge app references bridge/Bridge.Legacy.Worker "
                    + "(or runs JS in its own process with LegacyEngineOptions.Isolation = InProcess)");
            }
            start.FileName = DotnetHost();
            start.ArgumentList.Add(dll);
        }
        // The worker's own .NET needs no globalization data either (as the app: InvariantGlobalization).
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        return start;
    }

    /// <summary>The dotnet host running this app (so the worker runs on the same runtime), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, "dotnet")))
        {
            return Path.Combine(root, "dotnet");
        }
        return "dotnet";
    }
}
