using System.Runtime.InteropServices;

namespace Bridge.Legacy.Engines.Process;

/// <summary>Gives the C heap's free memory back to the system (glibc's <c>malloc_trim</c>), so that a worker's resident
/// size after a collection is what it holds, not what the engine's allocator keeps in free lists.</summary>
internal static partial class NativeHeap
{
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, another libc): nothing to trim with.
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
