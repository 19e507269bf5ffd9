using System.Reflection;
using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Pages;

/// <summary>The native pages an app registers, by manifest name: page types (with <see cref="NativePageAttribute"/> or an
/// explicit name) created per mount through dependency injection, or plain build functions.</summary>
/// <remarks>Register before the app starts; the host binds the pages to the router with <see cref="BindTo"/>.</remarks>
public sealed class NativePages
{
    private readonly Dictionary<string, NativePageDescriptor> _pages = new(StringComparer.Ordinal);

    /// <summary>The registered pages in registration order.</summary>
    public IReadOnlyCollection<NativePageDescriptor> All => _pages.Values;

    /// <summary>The registered manifest names.</summary>
    public IReadOnlyCollection<string> Names => _pages.Keys;

    /// <summary>Registers a page type under the name and parameters its <see cref="NativePageAttribute"/> gives.</summary>
    /// <exception cref="ArgumentException">The type has no attribute, or the name is taken.</exception>
    public NativePages Add<TPage>()
        where TPage : class, INativePage => Add(typeof(TPage));

    /// <summary>Registers a page type under an explicit name (its attribute, if any, is ignored).</summary>
    public NativePages Add<TPage>(string name, params string[] parameters)
        where TPage : class, INativePage => Add(new NativePageDescriptor(name, parameters, typeof(TPage), null));

    /// <summary>Registers a page given as a build function (small apps, tests).</summary>
    public NativePages Add(string name, Func<NativePageContext, Node> build, params string[] parameters)
    {
        ArgumentNullException.ThrowIfNull(build);
        return Add(new NativePageDescriptor(name, parameters, null, build));
    }

    /// <summary>Registers a page type under the name its <see cref="NativePageAttribute"/> gives.</summary>
    public NativePages Add(Type pageType)
    {
        ArgumentNullException.ThrowIfNull(pageType);
        var attribute = pageType.GetCustomAttribute<NativePageAttribute>()
            ?? throw new ArgumentException($"{pageType.FullName} has no [NativePage(\"Name\")] attribute; add one or register it with Add<T>(name)", nameof(pageType));
        return Add(new NativePageDescriptor(attribute.Name, attribute.Parameters, pageType, null));
    }

    /// <summary>Registers every public, concrete <see cref="INativePage"/> type of the assembly that has a <see cref="NativePageAttribute"/>.</summary>
    public NativePages AddFromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type is { IsClass: true, IsAbstract: false } && typeof(INativePage).IsAssignableFrom(type) && type.IsDefined(typeof(NativePageAttribute)))
            {
                Add(type);
            }
        }
        return this;
    }

    /// <summary>True when a page is registered under this name.</summary>
    public bool Contains(string name) => _pages.ContainsKey(name);

    /// <summary>Finds a page by manifest name.</summary>
    public bool TryGet(string name, out NativePageDescriptor page) => _pages.TryGetValue(name, out page!);

    /// <summary>Registers every page with the router's registry, mounting through <paramref name="composer"/> and creating
    /// page types from <paramref name="services"/> (one scope per mount, disposed with the page).</summary>
    public void BindTo(NativePageRegistry registry, Composer composer, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(services);
        foreach (var page in _pages.Values)
        {
            registry.Register(page.Name, (root, context) => Mount(page, root, context, composer, services));
        }
    }

    /// <summary>Mounts a page under a root: checks its parameters, creates it in a new service scope and composes it.</summary>
    /// <exception cref="RouteException">A parameter the page needs is missing.</exception>
    public static IPageInstance Mount(NativePageDescriptor page, IPageRoot root, PageContext context, Composer composer, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var name in page.Parameters)
        {
            if (!context.Params.ContainsKey(name))
            {
                throw new RouteException($"page '{context.Page}' (native {page.Name}) needs the parameter '{name}'; "
                    + $"navigate with it, e.g. navigate('{context.Page}', {{ {name}: … }})");
            }
        }
        var entity = EntityIds.Unpack(root.Id);
        var pageContext = new NativePageContext(composer.World, entity, context);
        var scope = services.CreateScope();
        try
        {
            Func<Node> build = page.PageType is { } type
                ? ((INativePage)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type, pageContext)).Build
                : () => page.Function!(pageContext);
            var tree = composer.Mount(build, entity);
            return new NativePageInstance(pageContext, tree, scope);
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    private NativePages Add(NativePageDescriptor page)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(page.Name);
        foreach (var parameter in page.Parameters)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(parameter);
        }
        if (!_pages.TryAdd(page.Name, page))
        {
            throw new ArgumentException($"native page '{page.Name}' is already registered ({_pages[page.Name]}); each manifest name names one page");
        }
        return this;
    }
}
