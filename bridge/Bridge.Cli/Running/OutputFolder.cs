using Bridge.Host;

namespace Bridge.Cli.Running;

/// <summary>A run's hold on its <c>--out</c> folder: it exists, it can be written, and no other run writes there meanwhile.</summary>
/// <remarks>The hold is an exclusive lock on <c>.bridge-run.lock</c> in the folder, released when disposed or when the
/// process ends (the operating system drops it), so a crashed run never leaves the folder locked.</remarks>
internal sealed class OutputFolder : IDisposable
{
    private const string LockName = ".bridge-run.lock";
    private readonly FileStream _lock;

    private OutputFolder(string path, FileStream lockFile)
    {
        Path = path;
        _lock = lockFile;
    }

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>Creates the folder if needed and takes it for this run.</summary>
    /// <exception cref="AppStartException">The folder cannot be created or written, or another run holds it.</exception>
    public static OutputFolder Acquire(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AppStartException($"--out {full}: cannot create the folder ({e.Message}); choose a folder you can write");
        }
        var lockPath = System.IO.Path.Combine(full, LockName);
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new AppStartException($"--out {full}: cannot write there ({e.Message}); choose a folder you can write");
        }
        catch (IOException e) when (File.Exists(lockPath))
        {
            throw new AppStartException($"--out {full}: another run is writing there ({e.Message.TrimEnd('.')}); wait for it to end or choose another --out");
        }
        catch (IOException e)
        {
            throw new AppStartException($"--out {full}: cannot write there ({e.Message}); choose a folder you can write");
        }
        stream.SetLength(0);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write($"{Environment.ProcessId}\n");
        }
        stream.Flush();
        return new OutputFolder(full, stream);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _lock.Dispose();
        File.Delete(System.IO.Path.Combine(Path, LockName));
    }
}
