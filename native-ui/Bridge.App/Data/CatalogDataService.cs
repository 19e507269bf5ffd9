using System.Globalization;
using Bridge.App.Content;
using Bridge.Routing;

namespace Bridge.App.Data;

/// <summary>
/// The demo's data service, the same for native and legacy pages: resources <c>rails</c>, <c>featured</c>,
/// <c>title</c> {id}, <c>similar</c> {id}, <c>search</c> {query}, <c>settings</c> and <c>setting</c> {id, value}.
/// </summary>
public sealed class CatalogDataService(Catalog catalog, SettingsStore settings) : IHostDataService
{
    /// <summary>Creates a service over the default catalog with default settings.</summary>
    public CatalogDataService()
        : this(Catalog.Generate(), new SettingsStore())
    {
    }

    /// <summary>The catalog the answers come from.</summary>
    public Catalog Catalog { get; } = catalog;

    /// <summary>The settings the <c>settings</c> and <c>setting</c> resources read and change.</summary>
    public SettingsStore Settings { get; } = settings;

    /// <inheritdoc />
    /// <remarks>The entry legacy pages reach through <c>fetchData</c>: parameters arrive untyped, as from the bus.</remarks>
    public ValueTask<object?> FetchAsync(string resource, object? parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Fetch(resource, parameters));
    }

    /// <summary>Fetches a resource with typed parameters (the entry native code uses).</summary>
    public Task<object?> FetchAsync(string resource, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(parameters);
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<object?>(ct);
        }
        try
        {
            return Task.FromResult(Fetch(resource, parameters));
        }
        catch (DataRequestException e)
        {
            return Task.FromException<object?>(e);
        }
    }

    /// <summary>
    /// Answers a request whose parameters arrive untyped, as from the bus (null, or a map with string keys), so that a
    /// host data interface taking <c>object?</c> parameters can forward to this service unchanged.
    /// </summary>
    public object? Fetch(string resource, object? parameters) => Fetch(resource, Normalize(resource, parameters));

    /// <summary>Answers a resource synchronously (native pages call this from the UI thread).</summary>
    public object? Fetch(string resource, IReadOnlyDictionary<string, object?> parameters) => resource switch
    {
        "rails" => Rails(),
        "featured" => Featured(),
        "title" => TitleData(FindTitle(resource, parameters)),
        "similar" => Tiles(Catalog.Similar(FindTitle(resource, parameters).Id)),
        "search" => SearchData(resource, parameters),
        "settings" => Settings.ToData(),
        "setting" => ChangeSetting(resource, parameters),
        _ => throw new DataRequestException(resource, "unknown resource; expected one of rails, featured, title, similar, search, settings, setting"),
    };

    /// <summary>A tile as the rails and grids show it: id, title, image, year, genre.</summary>
    public static Dictionary<string, object?> TileData(Title t) => new()
    {
        ["id"] = t.Id,
        ["title"] = t.Name,
        ["image"] = t.Poster,
        ["year"] = t.Year,
        ["genre"] = t.GenreName,
    };

    /// <summary>Every field of a title, for the details page.</summary>
    public static Dictionary<string, object?> TitleData(Title t) => new()
    {
        ["id"] = t.Id,
        ["title"] = t.Name,
        ["year"] = t.Year,
        ["genre"] = t.GenreName,
        ["rating"] = t.Maturity,
        ["score"] = t.Score,
        ["duration"] = t.DurationMinutes,
        ["durationText"] = t.DurationText,
        ["synopsis"] = t.Synopsis,
        ["image"] = t.Poster,
        ["hero"] = t.Hero,
        ["backdrop"] = t.Backdrop,
        ["meta"] = Meta(t),
    };

    /// <summary>The one-line metadata a details page shows ("2019  |  Drama  |  1 h 52 min  |  16+  |  IMDb 7.4").</summary>
    public static string Meta(Title t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.Year}  |  {t.GenreName}  |  {t.DurationText}  |  {t.Maturity}  |  IMDb {t.Score:0.0}");

    private List<object?> Rails()
    {
        var list = new List<object?>(Catalog.Rails.Count);
        foreach (var r in Catalog.Rails)
        {
            list.Add(new Dictionary<string, object?> { ["id"] = r.Id, ["title"] = r.Name, ["items"] = Tiles(r.Titles) });
        }
        return list;
    }

    private List<object?> Featured()
    {
        var list = new List<object?>();
        foreach (var t in Catalog.Featured)
        {
            var map = TitleData(t);
            list.Add(map);
        }
        return list;
    }

    private Dictionary<string, object?> SearchData(string resource, IReadOnlyDictionary<string, object?> parameters)
    {
        var query = RequireString(resource, parameters, "query", allowEmpty: true);
        return new Dictionary<string, object?> { ["query"] = query, ["items"] = Tiles(Catalog.Search(query)) };
    }

    private Dictionary<string, object?> ChangeSetting(string resource, IReadOnlyDictionary<string, object?> parameters)
    {
        var id = RequireString(resource, parameters, "id", allowEmpty: false);
        parameters.TryGetValue("value", out var value);
        try
        {
            Settings.Set(id, value);
        }
        catch (ArgumentException e)
        {
            throw new DataRequestException(resource, e.Message);
        }
        return Settings.ToData(id);
    }

    private Title FindTitle(string resource, IReadOnlyDictionary<string, object?> parameters)
    {
        var id = RequireString(resource, parameters, "id", allowEmpty: false);
        return Catalog.TryGet(id, out var title)
            ? title
            : throw new DataRequestException(resource, $"no title has id '{id}'");
    }

    private static string RequireString(string resource, IReadOnlyDictionary<string, object?> parameters, string name, bool allowEmpty)
    {
        if (!parameters.TryGetValue(name, out var value) || value is null)
        {
            throw new DataRequestException(resource, $"missing parameter '{name}'");
        }
        if (value is not string s)
        {
            throw new DataRequestException(resource, $"parameter '{name}' must be a string, not {value.GetType().Name} '{value}'");
        }
        if (!allowEmpty && s.Length == 0)
        {
            throw new DataRequestException(resource, $"parameter '{name}' must not be empty");
        }
        return s;
    }

    private static IReadOnlyDictionary<string, object?> Normalize(string resource, object? parameters)
    {
        switch (parameters)
        {
            case null:
                return new Dictionary<string, object?>();
            case IReadOnlyDictionary<string, object?> typed:
                return typed;
            case System.Collections.IDictionary map:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (System.Collections.DictionaryEntry entry in map)
                {
                    if (entry.Key is not string key)
                    {
                        throw new DataRequestException(resource, $"parameter names must be strings, not {entry.Key?.GetType().Name ?? "null"}");
                    }
                    copy[key] = entry.Value;
                }
                return copy;
            default:
                throw new DataRequestException(resource, $"parameters must be a map or null, not {parameters.GetType().Name}");
        }
    }

    private static List<object?> Tiles(IReadOnlyList<Title> titles)
    {
        var list = new List<object?>(titles.Count);
        foreach (var t in titles)
        {
            list.Add(TileData(t));
        }
        return list;
    }
}
