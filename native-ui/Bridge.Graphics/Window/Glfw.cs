using System.Runtime.InteropServices;

namespace Bridge.Graphics.Window;

/// <summary>The handful of GLFW 3.3 entry points a window with an OpenGL ES 3 context and keyboard input needs (libglfw.so.3).</summary>
internal static unsafe partial class Glfw
{
    private const string Lib = "libglfw.so.3";

    internal const int True = 1;
    internal const int False = 0;
    internal const int Resizable = 0x00020003;
    internal const int Visible = 0x00020004;
    internal const int ClientApi = 0x00022001;
    internal const int ContextVersionMajor = 0x00022002;
    internal const int ContextVersionMinor = 0x00022003;
    internal const int ContextCreationApi = 0x0002200B;
    internal const int OpenGlEsApi = 0x00030002;
    internal const int NativeContextApi = 0x00036001;
    internal const int EglContextApi = 0x00036002;

    internal const int Release = 0;
    internal const int Press = 1;
    internal const int Repeat = 2;

    /// <summary>GLFWvidmode: a monitor's current video mode.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct VideoMode
    {
        public int Width, Height, RedBits, GreenBits, BlueBits, RefreshRate;
    }

    [LibraryImport(Lib, EntryPoint = "glfwInit")]
    internal static partial int Init();

    [LibraryImport(Lib, EntryPoint = "glfwTerminate")]
    internal static partial void Terminate();

    [LibraryImport(Lib, EntryPoint = "glfwGetError")]
    internal static partial int GetError(out nint description);

    [LibraryImport(Lib, EntryPoint = "glfwDefaultWindowHints")]
    internal static partial void DefaultWindowHints();

    [LibraryImport(Lib, EntryPoint = "glfwWindowHint")]
    internal static partial void WindowHint(int hint, int value);

    [LibraryImport(Lib, EntryPoint = "glfwCreateWindow", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint CreateWindow(int width, int height, string title, nint monitor, nint share);

    [LibraryImport(Lib, EntryPoint = "glfwDestroyWindow")]
    internal static partial void DestroyWindow(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwMakeContextCurrent")]
    internal static partial void MakeContextCurrent(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwGetProcAddress", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint GetProcAddress(string name);

    [LibraryImport(Lib, EntryPoint = "glfwSwapInterval")]
    internal static partial void SwapInterval(int interval);

    [LibraryImport(Lib, EntryPoint = "glfwSwapBuffers")]
    internal static partial void SwapBuffers(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwPollEvents")]
    internal static partial void PollEvents();

    [LibraryImport(Lib, EntryPoint = "glfwWaitEventsTimeout")]
    internal static partial void WaitEventsTimeout(double seconds);

    [LibraryImport(Lib, EntryPoint = "glfwWindowShouldClose")]
    internal static partial int WindowShouldClose(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwGetFramebufferSize")]
    internal static partial void GetFramebufferSize(nint window, out int width, out int height);

    [LibraryImport(Lib, EntryPoint = "glfwSetWindowUserPointer")]
    internal static partial void SetWindowUserPointer(nint window, nint pointer);

    [LibraryImport(Lib, EntryPoint = "glfwGetWindowUserPointer")]
    internal static partial nint GetWindowUserPointer(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwSetKeyCallback")]
    internal static partial nint SetKeyCallback(nint window, delegate* unmanaged<nint, int, int, int, int, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwSetWindowRefreshCallback")]
    internal static partial nint SetWindowRefreshCallback(nint window, delegate* unmanaged<nint, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwGetPrimaryMonitor")]
    internal static partial nint GetPrimaryMonitor();

    [LibraryImport(Lib, EntryPoint = "glfwGetVideoMode")]
    internal static partial VideoMode* GetVideoMode(nint monitor);

    /// <summary>The last error's description ("" when none), clearing it.</summary>
    internal static string LastError()
    {
        int code = GetError(out nint description);
        return code == 0 ? "" : $"{Marshal.PtrToStringUTF8(description)} (GLFW error 0x{code:X5})";
    }
}
