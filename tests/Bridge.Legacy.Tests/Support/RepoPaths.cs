namespace Bridge.Legacy.Tests.Support;

/// <summary>Locates the repository (the folder holding Bridge.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bridge.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Bridge.sln above {AppContext.BaseDirectory}");
    }
}
