using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Host;
using Bridge.Legacy.Driving;
using Bridge.Legacy.Hosting;
using Bridge.Routing;

namespace Bridge.Cli.Running;

/// <summary>Plugs the legacy page driver (a JS engine with the app's bundles) into the host.</summary>
internal sealed class LegacySide(LegacyPageDriver driver) : ILegacySide
{
    public string EngineName => driver.Engine.Name;

    public double StartupMs => driver.Engine.Startup.EngineCreateMs + driver.Engine.Startup.BundleLoadMs;

    public EngineSystem ApplySystem => driver.ApplySystem;

    public IReadOnlyList<uint> AppliedCauses => driver.AppliedCauses;

    public IReadOnlyList<string> Errors => driver.Errors;

    public LegacyStartup Startup => driver.Engine.Startup;

    public bool ForwardKey(in KeyEvent key) => driver.ForwardKey(key);

    public bool Owns(Entity entity) => driver.Owns(entity);

    public bool WaitForIdle(TimeSpan timeout) => driver.WaitForIdle(timeout);

    public bool HasPage(string legacyName) => driver.HasPage(legacyName);

    public IPageInstance Mount(IPageRoot root, string legacyName, PageContext context) => driver.Mount(root, legacyName, context);

    public void Dispose()
    {
        driver.Dispose();
        driver.Engine.Dispose();
    }
}
