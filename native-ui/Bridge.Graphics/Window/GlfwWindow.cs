using System.Runtime.InteropServices;
using Bridge.Schema;
using Serilog;

namespace Bridge.Graphics.Window;

/// <summary>A desktop window with an OpenGL ES 3 context (GLFW), current on the thread that created it, whose keyboard is the
/// TV remote.</summary>
/// <remarks>UI thread only: create it, poll it and dispose it on the thread that renders. Its size is fixed (a TV screen
/// does not resize); <see cref="GlesRenderBackend"/> draws into its own framebuffer and shows each frame here, scaled to the
/// window's framebuffer (HiDPI), with buffer swaps paced to the display's vsync (swap interval 1).</remarks>
public sealed unsafe class GlfwWindow : IDisposable
{
    private static int s_windows;
    private readonly CancellationTokenSource _closed = new();
    private readonly ILogger _log;
    private readonly int _thread;
    private GCHandle _self;
    private nint _window;

    private GlfwWindow(nint window, string contextApi, double refreshHz, ILogger log)
    {
        _window = window;
        _log = log;
        _thread = Environment.CurrentManagedThreadId;
        ContextApi = contextApi;
        RefreshHz = refreshHz;
        _self = GCHandle.Alloc(this);
        Glfw.SetWindowUserPointer(window, GCHandle.ToIntPtr(_self));
        Glfw.SetKeyCallback(window, &OnKey);
        Glfw.SetWindowRefreshCallback(window, &OnRefresh);
    }

    /// <summary>Called on the UI thread, from <see cref="PollEvents"/> or <see cref="WaitEvents"/>, for every remote key pressed
    /// (repeat: an auto-repeat of a held key).</summary>
    public Action<KeyName, bool>? KeyPressed { get; set; }

    /// <summary>Signalled once the user asked the window to close (its close button, the window manager).</summary>
    public CancellationToken Closed => _closed.Token;

    /// <summary>True when the window's content was damaged (exposed, uncovered) and needs a frame; cleared by the renderer.</summary>
    public bool NeedsRedraw { get; set; } = true;

    /// <summary>"native" (GLX) or "egl": how the context was made.</summary>
    public string ContextApi { get; }

    /// <summary>The primary display's refresh rate in Hz (60 when the display does not say).</summary>
    public double RefreshHz { get; }

    /// <summary>Opens a window of <paramref name="width"/> x <paramref name="height"/> pixels with an OpenGL ES 3.0 context
    /// (the platform's native context API, else EGL) and makes the context current on the calling thread.</summary>
    /// <exception cref="GraphicsUnavailableException">GLFW is not installed, there is no display, or no ES 3 context.</exception>
    public static GlfwWindow Create(string title, int width, int height, ILogger? log = null)
    {
        log = (log ?? Serilog.Core.Logger.None).ForContext<GlfwWindow>();
        try
        {
            if (Glfw.Init() != Glfw.True)
            {
                throw new GraphicsUnavailableException($"no display for a window: {Glfw.LastError()}");
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new GraphicsUnavailableException($"GLFW 3 is not installed ({ex.Message}); on Debian: apt-get install libglfw3", ex);
        }
        Interlocked.Increment(ref s_windows);
        var failures = new List<string>();
        foreach (var (api, name) in new[] { (Glfw.NativeContextApi, "native"), (Glfw.EglContextApi, "egl") })
        {
            Glfw.DefaultWindowHints();
            Glfw.WindowHint(Glfw.ClientApi, Glfw.OpenGlEsApi);
            Glfw.WindowHint(Glfw.ContextCreationApi, api);
            Glfw.WindowHint(Glfw.ContextVersionMajor, 3);
            Glfw.WindowHint(Glfw.ContextVersionMinor, 0);
            Glfw.WindowHint(Glfw.Resizable, Glfw.False);
            nint window = Glfw.CreateWindow(width, height, title, 0, 0);
            if (window == 0)
            {
                failures.Add($"{name} context: {Glfw.LastError()}");
                continue;
            }
            Glfw.MakeContextCurrent(window);
            Glfw.SwapInterval(1);
            var mode = Glfw.GetVideoMode(Glfw.GetPrimaryMonitor());
            double hz = mode is not null && mode->RefreshRate > 0 ? mode->RefreshRate : 60;
            log.Information("Window {Width}x{Height} with an OpenGL ES 3 context ({Api}), display at {Hz} Hz", width, height, name, hz);
            return new GlfwWindow(window, name, hz, log);
        }
        Release();
        throw new GraphicsUnavailableException("no OpenGL ES 3 window could be created: " + string.Join("; ", failures));
    }

    /// <summary>Handles pending window events (keys, close, expose) without waiting.</summary>
    public void PollEvents()
    {
        CheckThread();
        Glfw.PollEvents();
        CheckClosed();
    }

    /// <summary>Waits up to <paramref name="timeout"/> for a window event, then handles what came.</summary>
    public void WaitEvents(TimeSpan timeout)
    {
        CheckThread();
        Glfw.WaitEventsTimeout(Math.Max(0, timeout.TotalSeconds));
        CheckClosed();
    }

    /// <summary>The window's framebuffer size in pixels (larger than its size on a HiDPI screen).</summary>
    public (int Width, int Height) FramebufferSize
    {
        get
        {
            Glfw.GetFramebufferSize(_window, out int w, out int h);
            return (w, h);
        }
    }

    /// <summary>Shows the frame drawn into the window's default framebuffer; blocks until the display's next vsync.</summary>
    public void SwapBuffers() => Glfw.SwapBuffers(_window);

    internal nint GetProcAddress(string name) => Glfw.GetProcAddress(name);

    /// <summary>Closes the window and its context.</summary>
    public void Dispose()
    {
        if (_window == 0)
        {
            return;
        }
        CheckThread();
        Glfw.MakeContextCurrent(0);
        Glfw.DestroyWindow(_window);
        _window = 0;
        _self.Free();
        _closed.Dispose();
        Release();
    }

    private static void Release()
    {
        // GLFW is process-wide: the last window out terminates it.
        if (Interlocked.Decrement(ref s_windows) <= 0)
        {
            s_windows = 0;
            Glfw.Terminate();
        }
    }

    private void CheckClosed()
    {
        if (!_closed.IsCancellationRequested && Glfw.WindowShouldClose(_window) == Glfw.True)
        {
            _closed.Cancel();
        }
    }

    private void CheckThread()
    {
        ObjectDisposedException.ThrowIf(_window == 0, this);
        if (Environment.CurrentManagedThreadId != _thread)
        {
            throw new InvalidOperationException(
                $"GlfwWindow was created on managed thread {_thread} and must be used only there (called from {Environment.CurrentManagedThreadId}).");
        }
    }

    private static GlfwWindow? From(nint window)
    {
        nint self = Glfw.GetWindowUserPointer(window);
        return self == 0 ? null : GCHandle.FromIntPtr(self).Target as GlfwWindow;
    }

    [UnmanagedCallersOnly]
    private static void OnKey(nint window, int key, int scancode, int action, int mods)
    {
        if (action == Glfw.Release || !WindowKeys.TryMap(key, out var name) || From(window) is not { } self)
        {
            return;
        }
        try
        {
            self.KeyPressed?.Invoke(name, action == Glfw.Repeat);
        }
        catch (Exception e)
        {
            // An exception must not unwind into GLFW's C frames; the key is lost, the app goes on.
            self._log.Error(e, "A window key handler threw");
        }
    }

    [UnmanagedCallersOnly]
    private static void OnRefresh(nint window)
    {
        if (From(window) is { } self)
        {
            self.NeedsRedraw = true;
        }
    }
}
