namespace Bridge.Legacy.Hosting;

/// <summary>A built legacy bundle (scripts/build-legacy output): its name for stack traces and its source.</summary>
public sealed record LegacyBundle(string Name, string Source)
{
    /// <summary>Reads a bundle file; the file name becomes the bundle's name.</summary>
    public static LegacyBundle FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"legacy bundle '{path}' does not exist (build it with scripts/build-legacy ENTRY.jsx OUT.js)", path);
        }
        return new LegacyBundle(Path.GetFileName(path), File.ReadAllText(path));
    }
}
