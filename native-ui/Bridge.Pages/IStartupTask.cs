using Serilog;

namespace Bridge.Pages;

/// <summary>Work an app does while the host starts (assets to draw or download, caches to fill), registered as a service.</summary>
/// <remarks>Runs on another thread while the host creates its GL context and loads fonts; the first frame waits for
/// every task. A task that throws stops the start with its message.</remarks>
public interface IStartupTask
{
    /// <summary>Does the work.</summary>
    void Run(StartupContext context);
}

/// <summary>What a startup task is told: where <c>asset://</c> image sources resolve and the app's log.</summary>
/// <param name="AssetsRoot">The folder <c>asset://</c> sources resolve under.</param>
/// <param name="Log">The app's logger.</param>
public sealed record StartupContext(string AssetsRoot, ILogger Log);
