using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace Bridge.Legacy.Engines.Process;

/// <summary>Waits, with a timeout, for a pipe between the host and a worker to have bytes to read (POSIX <c>poll</c>).</summary>
internal static partial class PipePoll
{
    private const short PollIn = 0x001;
    private const int Interrupted = 4; // EINTR

    /// <summary>The file descriptor under a pipe stream, or -1 where it cannot be polled.</summary>
    public static int Descriptor(Stream stream)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()))
        {
            return -1;
        }
        var handle = stream switch
        {
            PipeStream pipe => pipe.SafePipeHandle.DangerousGetHandle(),
            FileStream file => file.SafeFileHandle.DangerousGetHandle(),
            _ => (nint)(-1),
        };
        return handle < 0 || handle > int.MaxValue ? -1 : (int)handle;
    }

    /// <summary>True once <paramref name="fd"/> is readable (or at its end, or failed: a read then says why) within
    /// <paramref name="timeout"/>.</summary>
    public static bool WaitReadable(int fd, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)Math.Ceiling(Math.Max(0, timeout.TotalMilliseconds));
        while (true)
        {
            var fds = new PollFd { Fd = fd, Events = PollIn };
            var left = (int)Math.Clamp(deadline - Environment.TickCount64, 0, int.MaxValue);
            var ready = Poll(ref fds, 1, left);
            if (ready > 0)
            {
                return true;
            }
            if (ready == 0)
            {
                return false;
            }
            if (Marshal.GetLastPInvokeError() != Interrupted || left == 0)
            {
                return true; // not pollable after all: a blocking read answers
            }
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(ref PollFd fds, nuint count, int timeoutMs);
}
