using System.Runtime.InteropServices;

namespace Bridge.Legacy.Engines;

/// <summary>The CPU time a JS runtime's script has used: of the thread that runs it (in process), or of its child
/// process. Read from any thread; the watchdog uses it so that a page is stopped for the CPU its script takes, not for
/// the time other work on a loaded machine took from it.</summary>
internal abstract class CpuClock
{
    /// <summary>CPU time used so far; null when it cannot be read (the thread or process is gone).</summary>
    public abstract TimeSpan? Read();

    /// <summary>A clock of the calling thread, readable from other threads; null where the platform has no per-thread
    /// CPU clock (then the watchdog counts wall time).</summary>
    public static CpuClock? ForCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        try
        {
            return ThreadClock.pthread_getcpuclockid(ThreadClock.pthread_self(), out var id) == 0 ? new ThreadClock(id) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A clock of a child process (every thread of it).</summary>
    public static CpuClock ForProcess(System.Diagnostics.Process process) => new ProcessClock(process);

    private sealed class ThreadClock(int id) : CpuClock
    {
        public override TimeSpan? Read() =>
            clock_gettime(id, out var ts) == 0 ? TimeSpan.FromTicks(ts.Seconds * TimeSpan.TicksPerSecond + ts.Nanoseconds / 100) : null;

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", SetLastError = false)]
        internal static extern nint pthread_self();

        [DllImport("libc", SetLastError = false)]
        internal static extern int pthread_getcpuclockid(nint thread, out int clockId);

        [DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clockId, out TimeSpec time);
    }

    private sealed class ProcessClock(System.Diagnostics.Process process) : CpuClock
    {
        public override TimeSpan? Read()
        {
            try
            {
                process.Refresh();
                return process.HasExited ? null : process.TotalProcessorTime;
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }
    }
}
