using System.CommandLine;

namespace Bridge.Cli;

/// <summary>A verb another assembly adds to the app's command line (as <c>serve</c> does), registered as a service:
/// <c>builder.Services.AddSingleton&lt;IAppVerb, MyVerb&gt;()</c>.</summary>
public interface IAppVerb
{
    /// <summary>Makes the verb's command for <paramref name="app"/>: its name, options and action.</summary>
    Command Create(BridgeApp app);
}
