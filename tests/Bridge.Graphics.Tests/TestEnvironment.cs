using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bridge.Graphics.Tests;

/// <summary>Puts every GL test on Mesa's software rasterizer so that pixels are identical on any machine.</summary>
internal static partial class TestEnvironment
{
    [ModuleInitializer]
    internal static void Init()
    {
        // Mesa reads the native environment, which Environment.SetEnvironmentVariable does not change on Unix.
        SetEnv("LIBGL_ALWAYS_SOFTWARE", "1", 1);
        Environment.SetEnvironmentVariable("LIBGL_ALWAYS_SOFTWARE", "1");
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    /// <summary>The repository root (the folder holding Bridge.sln).</summary>
    internal static string RepoRoot { get; } = FindRoot();

    /// <summary>This test project's folder in the source tree.</summary>
    internal static string ProjectDir => Path.Combine(RepoRoot, "tests", "Bridge.Graphics.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Bridge.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Bridge.sln not found above {AppContext.BaseDirectory}.");
    }
}
