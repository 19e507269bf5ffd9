using System.CommandLine;
using System.Net;
using Bridge.Cli;
using Bridge.Cli.Running;
using Bridge.Host;
using Bridge.Migration;
using Serilog;

namespace Bridge.Serve;

/// <summary>The <c>serve</c> verb: runs the app live, headless, until SIGINT or SIGTERM, and serves the preview page.</summary>
internal sealed class ServeVerb : IAppVerb
{
    /// <summary>The port when <c>--port</c> is not given.</summary>
    public const int DefaultPort = 5173;

    public Command Create(BridgeApp app)
    {
        var manifest = new Option<string>("--manifest") { Description = $"Migration manifest (default: the app's, {app.Options.Manifest})" };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on; anything but a loopback address lets other machines drive the app",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var port = new Option<int>("--port") { Description = $"Port to listen on; 0 picks a free one", DefaultValueFactory = _ => DefaultPort };
        var engine = new Option<string?>("--engine") { Description = "JS engine for legacy pages: v8 or jint (default: the manifest's)" };
        var size = new Option<string>("--size") { Description = "Viewport WxH", DefaultValueFactory = _ => "1280x720" };
        var pace = new Option<string>("--pace") { Description = "vsync (60 Hz) or unpaced", DefaultValueFactory = _ => "vsync" };
        var page = new Option<string?>("--page") { Description = "Page to start on (default: the manifest's start)" };
        var watch = new Option<string[]>("--watch")
        {
            Description = "Legacy source entry (.jsx/.tsx): when a file in its folder changes, rebuild its bundle from it (as "
                + "scripts/build-legacy) and reload the legacy pages in place; repeat it for several bundles (each entry rebuilds "
                + "the manifest's bundle of the same name, or the only one)",
            HelpName = "ENTRY",
            AllowMultipleArgumentsPerToken = false,
        };
        engine.AcceptOnlyFromAmong("v8", "jint");
        pace.AcceptOnlyFromAmong("vsync", "unpaced");
        host.Validators.Add(r =>
        {
            if (!IPAddress.TryParse(r.GetValueOrDefault<string>(), out _))
            {
                r.AddError($"--host: '{r.GetValueOrDefault<string>()}' is not an IP address (e.g. 127.0.0.1, 0.0.0.0, ::1)");
            }
        });
        port.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<int>();
            if (value is < 0 or > 65535)
            {
                r.AddError($"--port: {value} is not a port (0 to 65535)");
            }
        });
        size.Validators.Add(r =>
        {
            try
            {
                ScreenSize.Parse(r.GetValueOrDefault<string>()!);
            }
            catch (FormatException e)
            {
                r.AddError($"--size: {e.Message}");
            }
        });
        var command = new Command("serve", "Run the app live (no script) until Ctrl-C, with a preview page in the browser: its frames, "
            + "remote keys, each key's latency and an inspector of the entity tree.");
        foreach (var option in new Option[] { manifest, host, port, engine, size, pace, page, watch })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var loaded = Manifest.Load(parse.GetValue(manifest) is { } m ? Path.GetFullPath(m) : app.Options.Resolve(app.Options.Manifest), app.Pages.Names);
            if (parse.GetValue(engine) is { } e)
            {
                loaded = loaded.WithEngine(e == "jint" ? JsEngineKind.Jint : JsEngineKind.V8);
            }
            var start = parse.GetValue(page) ?? loaded.Start;
            if (!loaded.Pages.Any(p => p.Name == start))
            {
                throw new AppStartException($"--page: the manifest has no page '{start}' (pages: {string.Join(", ", loaded.Pages.Select(p => p.Name))})");
            }
            AppHost.Check(app.Services, app.Pages, loaded);
            var watched = WatchedBundles(parse.GetValue(watch) ?? [], loaded);
            var address = IPAddress.Parse(parse.GetValue(host)!);
            if (!IPAddress.IsLoopback(address))
            {
                Log.Warning("serve: listening on {Address}, not a loopback address: anyone who can reach it can see and drive the app", address);
            }
            var options = new HostOptions(ScreenSize.Parse(parse.GetValue(size)!), parse.GetValue(pace)!, "gles", app.Options.Resolve(app.Options.AssetsRoot));
            using var signal = new StopSignal();
            using var session = new LiveSession(AppHost.Create(options, app.Services, app.Pages, loaded, Log.Logger), Log.Logger) { Bundles = loaded.Bundles };
            // Under dotnet watch, a restart (an edit it could not apply) comes back on the pages the developer was on.
            var memory = parse.GetValue(page) is null ? NavigationMemory.UnderDotnetWatch(loaded.Path, Log.Logger) : null;
            if (memory?.TryRestore(session.Host.Router) != true)
            {
                session.Host.Router.Navigate(start);
            }
            memory?.Track(session.Host.Router);
            var watchers = new List<LegacyWatcher>();
            using var stopWatching = new Disposer(() => watchers.ForEach(w => w.Dispose()));
            foreach (var (entry, bundle) in watched)
            {
                // A new build of one bundle is checked with the others as they are, in the manifest's load order.
                watchers.Add(LegacyWatcher.Start(entry, bundle,
                    next => session.Host.Legacy?.CheckLoads([.. loaded.Bundles.Select(b => b == bundle ? next : b)]),
                    () => session.Post(new LoopCommand(LoopCommandKind.Reload)), session.BuildFailed, Log.Logger));
            }
            using var server = PreviewServer.Start(session, address, parse.GetValue(port), Log.Logger);
            parse.InvocationConfiguration.Output.WriteLine($"{app.Options.Name} serve: preview at {server.Url} (Ctrl-C to stop)");
            parse.InvocationConfiguration.Output.Flush();
            session.Run(signal.Token);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Each --watch entry rebuilds one of the manifest's bundles: the one with the entry's name (app.jsx: app.js), or the
    // manifest's only one.
    private static List<(string Entry, string Bundle)> WatchedBundles(string[] entries, Manifest manifest)
    {
        var watched = new List<(string Entry, string Bundle)>();
        foreach (var given in entries)
        {
            var entry = Path.GetFullPath(given);
            if (!File.Exists(entry))
            {
                throw new AppStartException($"--watch: the legacy entry '{entry}' does not exist");
            }
            if (manifest.Bundles.Count == 0)
            {
                throw new AppStartException($"--watch: the manifest {manifest.Path} has no legacy bundle to rebuild");
            }
            var named = manifest.Bundles.Where(b => Path.GetFileNameWithoutExtension(b) == Path.GetFileNameWithoutExtension(entry)).ToList();
            var bundle = named.Count == 1 ? named[0]
                : manifest.Bundles.Count == 1 ? manifest.Bundles[0]
                : throw new AppStartException($"--watch: {Path.GetFileName(entry)} names none of the manifest's {manifest.Bundles.Count} bundles "
                    + $"({string.Join(", ", manifest.Bundles.Select(Path.GetFileName))}); with several bundles, each --watch entry rebuilds "
                    + "the bundle of its name (app.jsx: app.js)");
            if (watched.Any(w => w.Bundle == bundle))
            {
                throw new AppStartException($"--watch: two entries rebuild {Path.GetFileName(bundle)}; give one entry per bundle");
            }
            watched.Add((entry, bundle));
        }
        return watched;
    }

    private sealed class Disposer(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
