using System.Runtime.InteropServices;

namespace Bridge.Graphics.Gles;

/// <summary>The handful of EGL 1.5 entry points needed for a headless OpenGL ES 3 context (libEGL.so.1).</summary>
internal static unsafe partial class Egl
{
    private const string Lib = "libEGL.so.1";

    internal const int Success = 0x3000;
    internal const int Extensions = 0x3055;
    internal const int Vendor = 0x3053;
    internal const int None = 0x3038;
    internal const int SurfaceType = 0x3033;
    internal const int RenderableType = 0x3040;
    internal const int OpenGlEs3Bit = 0x0040;
    internal const int RedSize = 0x3024;
    internal const int GreenSize = 0x3023;
    internal const int BlueSize = 0x3022;
    internal const int AlphaSize = 0x3021;
    internal const int OpenGlEsApi = 0x30A0;
    internal const int ContextMajorVersion = 0x3098;
    internal const int ContextMinorVersion = 0x30FB;
    internal const int PlatformSurfacelessMesa = 0x31DD;
    internal const int PlatformDeviceExt = 0x313F;

    [LibraryImport(Lib, EntryPoint = "eglGetProcAddress", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint GetProcAddress(string name);

    [LibraryImport(Lib, EntryPoint = "eglGetError")]
    internal static partial int GetError();

    [LibraryImport(Lib, EntryPoint = "eglGetDisplay")]
    internal static partial nint GetDisplay(nint nativeDisplay);

    [LibraryImport(Lib, EntryPoint = "eglInitialize")]
    internal static partial uint Initialize(nint display, out int major, out int minor);

    [LibraryImport(Lib, EntryPoint = "eglTerminate")]
    internal static partial uint Terminate(nint display);

    [LibraryImport(Lib, EntryPoint = "eglQueryString")]
    internal static partial nint QueryString(nint display, int name);

    [LibraryImport(Lib, EntryPoint = "eglBindAPI")]
    internal static partial uint BindApi(int api);

    [LibraryImport(Lib, EntryPoint = "eglChooseConfig")]
    internal static partial uint ChooseConfig(nint display, int* attribs, nint* configs, int size, out int count);

    [LibraryImport(Lib, EntryPoint = "eglGetConfigAttrib")]
    internal static partial uint GetConfigAttrib(nint display, nint config, int attribute, out int value);

    [LibraryImport(Lib, EntryPoint = "eglCreateContext")]
    internal static partial nint CreateContext(nint display, nint config, nint shareContext, int* attribs);

    [LibraryImport(Lib, EntryPoint = "eglDestroyContext")]
    internal static partial uint DestroyContext(nint display, nint context);

    [LibraryImport(Lib, EntryPoint = "eglMakeCurrent")]
    internal static partial uint MakeCurrent(nint display, nint draw, nint read, nint context);

    [LibraryImport(Lib, EntryPoint = "eglReleaseThread")]
    internal static partial uint ReleaseThread();

    /// <summary>Reads an EGL string (null display for client extensions).</summary>
    internal static string QueryText(nint display, int name) => Marshal.PtrToStringUTF8(QueryString(display, name)) ?? "";

    /// <summary>eglGetPlatformDisplayEXT through its extension pointer, or 0 when the extension is missing.</summary>
    internal static nint GetPlatformDisplay(int platform, nint nativeDisplay)
    {
        nint fn = GetProcAddress("eglGetPlatformDisplayEXT");
        if (fn == 0) return 0;
        // SAFETY: fn is eglGetPlatformDisplayEXT(EGLenum, void*, const EGLint*) from EGL_EXT_platform_base.
        return ((delegate* unmanaged<int, nint, int*, nint>)fn)(platform, nativeDisplay, null);
    }

    /// <summary>The EGL devices (EGL_EXT_device_enumeration), empty when the extension is missing.</summary>
    internal static nint[] QueryDevices()
    {
        nint fn = GetProcAddress("eglQueryDevicesEXT");
        if (fn == 0) return [];
        var query = (delegate* unmanaged<int, nint*, int*, uint>)fn;
        int count;
        // SAFETY: eglQueryDevicesEXT(EGLint max, EGLDeviceEXT* devices, EGLint* count); a null array asks for the count.
        if (query(0, null, &count) == 0 || count <= 0) return [];
        var devices = new nint[count];
        fixed (nint* p = devices)
        {
            // SAFETY: p points to `count` writable slots.
            if (query(count, p, &count) == 0) return [];
        }
        return devices[..count];
    }

    /// <summary>eglQueryDeviceStringEXT(device, name), or "" when unavailable.</summary>
    internal static string QueryDeviceString(nint device, int name)
    {
        nint fn = GetProcAddress("eglQueryDeviceStringEXT");
        if (fn == 0) return "";
        // SAFETY: eglQueryDeviceStringEXT(EGLDeviceEXT, EGLint) returns a static string or null.
        nint s = ((delegate* unmanaged<nint, int, nint>)fn)(device, name);
        return Marshal.PtrToStringUTF8(s) ?? "";
    }
}
