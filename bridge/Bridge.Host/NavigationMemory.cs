using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bridge.Migration;
using Bridge.Routing;
using Serilog;

namespace Bridge.Host;

/// <summary>Keeps the navigation stack across a restart: saved to a file after every navigation, and navigated through
/// again when the app starts. <c>dotnet watch</c> restarts the app when an edit cannot be applied to the running code;
/// with this the restarted app comes back on the page the developer was on, with the pages below it.</summary>
/// <remarks>UI thread only (it follows the router). The file holds each page's name and params (JSON); a file that does not
/// read, or names a page the app no longer has, is ignored with a warning and the app opens on its start page.</remarks>
public sealed class NavigationMemory
{
    private readonly ILogger _log;

    /// <summary>Remembers the stack in <paramref name="file"/>.</summary>
    public NavigationMemory(string file, ILogger log)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        File = Path.GetFullPath(file);
        _log = log.ForContext<NavigationMemory>();
    }

    /// <summary>Where the stack is kept.</summary>
    public string File { get; }

    /// <summary>The memory of an app run under <c>dotnet watch</c> (which sets <c>DOTNET_WATCH=1</c> for the app), kept in
    /// the temporary folder under a name made from the manifest's path; null when the app does not run under it.</summary>
    public static NavigationMemory? UnderDotnetWatch(string manifestPath, ILogger log)
    {
        if (Environment.GetEnvironmentVariable("DOTNET_WATCH") != "1")
        {
            return null;
        }
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(manifestPath))))[..16];
        return new NavigationMemory(Path.Combine(Path.GetTempPath(), $"bridge-watch-stack-{key}.json"), log);
    }

    /// <summary>Saves the stack after every navigation of <paramref name="router"/> (forward, back, a remount).</summary>
    public void Track(Router router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.Navigated += _ => Save(router);
    }

    /// <summary>Navigates <paramref name="router"/> through the saved stack, bottom first; false (and nothing navigated)
    /// when there is none, it does not read, or it names a page the routes do not have.</summary>
    public bool TryRestore(Router router)
    {
        ArgumentNullException.ThrowIfNull(router);
        if (!System.IO.File.Exists(File))
        {
            return false;
        }
        List<(string Page, PageParams Params)> stack;
        try
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllText(File));
            stack = [.. document.RootElement.EnumerateArray().Select(e => (e.GetProperty("page").GetString()!, JsonValues.ToParams(e.GetProperty("params"))))];
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidOperationException or KeyNotFoundException or UnauthorizedAccessException)
        {
            _log.Warning("The navigation stack kept in {File} does not read ({Message}); opening on the start page", File, e.Message);
            return false;
        }
        if (stack.Count == 0 || stack.FirstOrDefault(s => !router.Routes.TryGet(s.Page, out _)) is { Page: not null })
        {
            _log.Warning("The navigation stack kept in {File} is empty or names a page the app does not have; opening on the start page", File);
            return false;
        }
        foreach (var (page, parameters) in stack)
        {
            router.Navigate(page, parameters);
        }
        _log.Information("Navigation stack restored from {File}: {Pages}", File, string.Join(" > ", stack.Select(s => s.Page)));
        return true;
    }

    private void Save(Router router)
    {
        try
        {
            var stack = router.Stack.Select(e => new { page = e.Page, @params = e.Params }).ToList();
            System.IO.File.WriteAllText(File, JsonSerializer.Serialize(stack));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            _log.Warning("Could not keep the navigation stack in {File}: {Message}", File, e.Message);
        }
    }
}
