namespace Bridge.Cli.Tests;

/// <summary>Keeps files a test made (screenshots) for a person to look at, when BRIDGE_TEST_ARTIFACTS names a folder;
/// the test's own temporary folder is deleted either way.</summary>
internal static class TestArtifacts
{
    public static void Keep(string file, string? name = null)
    {
        if (Environment.GetEnvironmentVariable("BRIDGE_TEST_ARTIFACTS") is { Length: > 0 } folder && File.Exists(file))
        {
            Directory.CreateDirectory(folder);
            File.Copy(file, Path.Combine(folder, name ?? Path.GetFileName(file)), overwrite: true);
        }
    }
}
