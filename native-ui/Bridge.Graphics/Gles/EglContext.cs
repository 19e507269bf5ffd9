using Serilog;

namespace Bridge.Graphics.Gles;

/// <summary>An OpenGL ES 3 context without a window, current on the thread that created it.</summary>
/// <remarks>Prefers a hardware EGL device (EGL_EXT_platform_device) unless LIBGL_ALWAYS_SOFTWARE=1, then Mesa's
/// surfaceless platform, then the default display. Rendering goes into an FBO (there is no default framebuffer).</remarks>
internal sealed class EglContext : IDisposable
{
    private nint _display;
    private nint _context;

    private EglContext(nint display, nint context, string platform)
    {
        _display = display;
        _context = context;
        Platform = platform;
    }

    /// <summary>Which EGL platform the context came from (device, surfaceless, default).</summary>
    internal string Platform { get; }

    /// <summary>Creates the context and makes it current on the calling thread, or throws <see cref="GraphicsUnavailableException"/>.</summary>
    internal static EglContext Create(ILogger log)
    {
        var failures = new List<string>();
        nint display;
        string platform;
        try
        {
            (display, platform) = OpenDisplay(failures);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new GraphicsUnavailableException($"EGL is not installed (libEGL.so.1: {ex.Message}). On Debian: apt-get install libegl1 libgl1-mesa-dri.", ex);
        }
        if (display == 0)
            throw new GraphicsUnavailableException("No EGL display could be initialised: " + string.Join("; ", failures));

        if (Egl.BindApi(Egl.OpenGlEsApi) == 0)
            throw Fail(display, "eglBindAPI(EGL_OPENGL_ES_API)");
        nint config = ChooseConfig(display);
        nint context = CreateEs3Context(display, config);
        if (Egl.MakeCurrent(display, 0, 0, context) == 0)
        {
            Egl.DestroyContext(display, context);
            throw Fail(display, "eglMakeCurrent(EGL_NO_SURFACE) (EGL_KHR_surfaceless_context missing?)");
        }
        log.Debug("EGL display from {Platform} platform, vendor {Vendor}", platform, Egl.QueryText(display, Egl.Vendor));
        return new EglContext(display, context, platform);
    }

    private static (nint Display, string Platform) OpenDisplay(List<string> failures)
    {
        string clientExt = Egl.QueryText(0, Egl.Extensions);
        bool software = Environment.GetEnvironmentVariable("LIBGL_ALWAYS_SOFTWARE") is "1" or "true";
        if (!software && clientExt.Contains("EGL_EXT_platform_device", StringComparison.Ordinal))
        {
            foreach (nint device in Egl.QueryDevices())
            {
                string ext = Egl.QueryDeviceString(device, Egl.Extensions);
                if (ext.Contains("EGL_MESA_device_software", StringComparison.Ordinal)) continue;
                nint d = Egl.GetPlatformDisplay(Egl.PlatformDeviceExt, device);
                if (d != 0 && Egl.Initialize(d, out _, out _) != 0) return (d, "device");
                failures.Add($"GPU device display: EGL error 0x{Egl.GetError():X4}");
            }
        }
        if (clientExt.Contains("EGL_MESA_platform_surfaceless", StringComparison.Ordinal))
        {
            nint d = Egl.GetPlatformDisplay(Egl.PlatformSurfacelessMesa, 0);
            if (d != 0 && Egl.Initialize(d, out _, out _) != 0) return (d, "surfaceless");
            failures.Add($"surfaceless display: EGL error 0x{Egl.GetError():X4}");
        }
        else failures.Add("EGL_MESA_platform_surfaceless is not offered");
        nint def = Egl.GetDisplay(0);
        if (def != 0 && Egl.Initialize(def, out _, out _) != 0) return (def, "default");
        failures.Add($"default display: EGL error 0x{Egl.GetError():X4}");
        return (0, "");
    }

    private static unsafe nint ChooseConfig(nint display)
    {
        int* attribs = stackalloc int[]
        {
            Egl.SurfaceType, 0, Egl.RenderableType, Egl.OpenGlEs3Bit, Egl.RedSize, 8, Egl.GreenSize, 8, Egl.BlueSize, 8, Egl.AlphaSize, 8, Egl.None,
        };
        nint* configs = stackalloc nint[64];
        if (Egl.ChooseConfig(display, attribs, configs, 64, out int count) == 0 || count == 0)
            throw Fail(display, "eglChooseConfig(ES3, RGBA8)");
        // The first config may be 10-10-10-2: pick exact 8-8-8-8.
        for (int i = 0; i < count; i++)
        {
            Egl.GetConfigAttrib(display, configs[i], Egl.RedSize, out int r);
            Egl.GetConfigAttrib(display, configs[i], Egl.AlphaSize, out int a);
            if (r == 8 && a == 8) return configs[i];
        }
        return configs[0];
    }

    private static unsafe nint CreateEs3Context(nint display, nint config)
    {
        int* attribs = stackalloc int[] { Egl.ContextMajorVersion, 3, Egl.ContextMinorVersion, 0, Egl.None };
        nint context = Egl.CreateContext(display, config, 0, attribs);
        if (context == 0) throw Fail(display, "eglCreateContext(ES 3.0)");
        return context;
    }

    private static GraphicsUnavailableException Fail(nint display, string what)
    {
        int err = Egl.GetError();
        return new GraphicsUnavailableException($"{what} failed with EGL error 0x{err:X4}.");
    }

    /// <summary>Releases the context.</summary>
    public void Dispose()
    {
        if (_display == 0) return;
        Egl.MakeCurrent(_display, 0, 0, 0);
        Egl.DestroyContext(_display, _context);
        // The display is shared by every context of the process (EGL returns the same handle): never terminate it.
        Egl.ReleaseThread();
        _display = 0;
        _context = 0;
    }
}
