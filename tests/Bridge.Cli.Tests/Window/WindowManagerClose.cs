using System.Runtime.InteropServices;

namespace Bridge.Cli.Tests.Window;

/// <summary>Asks a window to close as a window manager does when its close button is clicked: a WM_DELETE_WINDOW client
/// message (ICCCM 4.2.8.1), sent through libX11 since Xvfb runs no window manager and xdotool 3.2016 cannot send one.</summary>
internal static partial class WindowManagerClose
{
    private const string Lib = "libX11.so.6";
    private const int ClientMessage = 33;
    private const long NoEventMask = 0;

    [StructLayout(LayoutKind.Explicit, Size = 192)]
    private struct ClientMessageEvent
    {
        [FieldOffset(0)] public int Type;
        [FieldOffset(16)] public int SendEvent;
        [FieldOffset(24)] public nint Display;
        [FieldOffset(32)] public nint Window;
        [FieldOffset(40)] public nint MessageType;
        [FieldOffset(48)] public int Format;
        [FieldOffset(56)] public nint Data0;
        [FieldOffset(64)] public nint Data1;
    }

    [LibraryImport(Lib, EntryPoint = "XOpenDisplay", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint OpenDisplay(string name);

    [LibraryImport(Lib, EntryPoint = "XCloseDisplay")]
    private static partial int CloseDisplay(nint display);

    [LibraryImport(Lib, EntryPoint = "XInternAtom", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint InternAtom(nint display, string name, int onlyIfExists);

    [LibraryImport(Lib, EntryPoint = "XSendEvent")]
    private static partial int SendEvent(nint display, nint window, int propagate, nint eventMask, ref ClientMessageEvent e);

    [LibraryImport(Lib, EntryPoint = "XFlush")]
    private static partial int Flush(nint display);

    /// <summary>Sends WM_DELETE_WINDOW to <paramref name="window"/> on <paramref name="display"/>.</summary>
    public static void Send(string display, long window)
    {
        nint x = OpenDisplay(display);
        if (x == 0)
        {
            throw new InvalidOperationException($"cannot open X display {display}");
        }
        try
        {
            var message = new ClientMessageEvent
            {
                Type = ClientMessage,
                SendEvent = 1,
                Display = x,
                Window = (nint)window,
                MessageType = InternAtom(x, "WM_PROTOCOLS", 0),
                Format = 32,
                Data0 = InternAtom(x, "WM_DELETE_WINDOW", 0),
                Data1 = 0, // CurrentTime
            };
            if (SendEvent(x, (nint)window, 0, (nint)NoEventMask, ref message) == 0)
            {
                throw new InvalidOperationException($"XSendEvent to window {window} failed");
            }
            Flush(x);
        }
        finally
        {
            CloseDisplay(x);
        }
    }
}
