using Bridge.Host;
using Bridge.Legacy.App;
using Bridge.Legacy.Benchmarks;
using Bridge.Legacy.Engines.Process;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;
using Bridge.Migration;
using Bridge.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bridge.Legacy;

/// <summary>Adds the legacy side to an app: its manifest may then name legacy (React) pages, run in V8 or Jint.</summary>
public static class LegacyPagesExtensions
{
    /// <summary>Lets the app run legacy pages: the bundles its manifest lists load into the manifest's JS engine (or the
    /// one <c>--engine</c> names); <c>fetchData</c> is answered by the app's <see cref="IHostDataService"/> service.</summary>
    /// <param name="builder">The app builder.</param>
    /// <param name="configure">Changes the engine limits (heap cap, watchdog timeout).</param>
    public static IBridgeAppBuilder AddLegacyPages(this IBridgeAppBuilder builder, Func<LegacyEngineOptions, LegacyEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ILegacySideFactory>(new Factory(configure));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IBenchmark, BusBench>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAppSubprocess, WorkerProcess.Subprocess>());
        return builder;
    }

    private sealed class Factory(Func<LegacyEngineOptions, LegacyEngineOptions>? configure) : ILegacySideFactory
    {
        public ILegacySide Start(LegacyStart request)
        {
            var bundles = new List<LegacyBundle>(request.Bundles.Count);
            foreach (var path in request.Bundles)
            {
                try
                {
                    bundles.Add(LegacyBundle.FromFile(path));
                }
                catch (IOException e)
                {
                    throw new AppStartException($"{path}: {e.Message}", e);
                }
            }
            var options = new LegacyEngineOptions { Logger = request.Log, DataService = request.Services.GetService<IHostDataService>() };
            options = configure?.Invoke(options) ?? options;
            try
            {
                return LegacySide.Start(bundles, request.Engine, options, request.World, request.Log, request.Background, request.StartLater);
            }
            catch (Exception e) when (e is not (AppStartException or OutOfMemoryException))
            {
                var names = string.Join(", ", request.Bundles);
                throw new AppStartException($"{names}: the legacy bundles did not load in {JsEngineKinds.ToName(request.Engine)}: {e.Message}", e);
            }
        }
    }
}
