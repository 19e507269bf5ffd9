using System.Text;

namespace Bridge.Migration;

/// <summary>Writes files so that a reader sees the old content or the new, never half of one (write aside, then rename).</summary>
public static class AtomicFile
{
    /// <summary>Writes UTF-8 text (no byte order mark) to a temporary file beside <paramref name="path"/>, then moves it over.</summary>
    public static void WriteAllText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temp = $"{full}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
