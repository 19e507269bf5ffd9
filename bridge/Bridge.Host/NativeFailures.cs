using Bridge.Engine.Ecs;
using Bridge.Routing;
using Serilog;

namespace Bridge.Host;

/// <summary>Rolls back the native page a failing handler or effect belongs to (the one whose root holds the entity),
/// whether it is on screen or covered by another page; returns that page's name, or null when the entity is in no page.</summary>
internal static class NativeFailures
{
    public static string? RollBack(AppHost host, Entity entity, string handler, Exception error, ILogger log)
    {
        if (host.Router is null || entity.IsNull || host.Legacy?.Owns(entity) == true)
        {
            if (entity.IsNull)
            {
                // An effect of no page (the app's own): rolling back the page on screen would blame an innocent page.
                log.Error(error, "{Handler} of no page threw; no page is rolled back", handler);
            }
            return null;
        }
        var stack = host.Router.Stack;
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var entry = stack[i];
            if (!host.World.IsWithin(entity, EntityIds.Unpack(entry.Root.Id)))
            {
                continue;
            }
            if (entry.ShownPath == PagePath.Native && entry.Route.Fallback is not null && !host.Router.IsRolledBack(entry.Page))
            {
                host.Router.Rollback(entry.Page, $"{handler} threw {error.GetType().Name}: {error.Message}", error);
            }
            return entry.Page;
        }
        return null;
    }
}
