using System.Collections.Frozen;

namespace Bridge.App.Content;

/// <summary>The demo app's catalog of titles, its home rails, search and "more like this" answers.</summary>
public sealed class Catalog
{
    /// <summary>The seed of the catalog every page of the demo shows.</summary>
    public const ulong DefaultSeed = 20_261_129;

    /// <summary>The number of titles in a default catalog.</summary>
    public const int DefaultTitleCount = 240;

    /// <summary>The number of titles on each rail.</summary>
    public const int RailLength = 20;

    /// <summary>The fewest titles that fill every genre rail (two genres of twelve, twenty titles a rail).</summary>
    public const int MinimumTitleCount = 120;

    private readonly List<Title> _titles;
    private readonly FrozenDictionary<string, Title> _byId;
    private readonly List<Rail> _rails;

    private Catalog(List<Title> titles, ulong seed)
    {
        _titles = titles;
        _byId = titles.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _rails = BuildRails(titles, seed);
    }

    /// <summary>Every title in id order.</summary>
    public IReadOnlyList<Title> Titles => _titles;

    /// <summary>The home page rails, in display order.</summary>
    public IReadOnlyList<Rail> Rails => _rails;

    /// <summary>The titles with a hero image, featured in the home page's banner.</summary>
    public IEnumerable<Title> Featured => _titles.Where(t => t.Hero is not null);

    /// <summary>Generates a catalog; the same seed and count always produce the same titles and rails.</summary>
    public static Catalog Generate(ulong seed = DefaultSeed, int titleCount = DefaultTitleCount, int heroCount = 6)
    {
        if (titleCount < MinimumTitleCount)
        {
            throw new ArgumentOutOfRangeException(nameof(titleCount), titleCount, $"a catalog needs at least {MinimumTitleCount} titles to fill its rails");
        }
        if (heroCount < 0 || heroCount > titleCount)
        {
            throw new ArgumentOutOfRangeException(nameof(heroCount), heroCount, $"must be between 0 and the title count {titleCount}");
        }
        return new Catalog(CatalogGenerator.Generate(seed, titleCount, heroCount), seed);
    }

    /// <summary>Finds a title by id.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Title? title) =>
        _byId.TryGetValue(id, out title);

    /// <summary>Finds a title by id; throws <see cref="KeyNotFoundException"/> naming the id when there is none.</summary>
    public Title Get(string id) =>
        TryGet(id, out var title) ? title : throw new KeyNotFoundException($"the catalog has no title with id '{id}'");

    /// <summary>
    /// Titles whose name starts with the query or has a word starting with it, case-insensitively; whole-name
    /// prefix matches first, then word matches, each in catalog order.
    /// </summary>
    public IReadOnlyList<Title> Search(string query, int limit = 24)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = query.Trim();
        if (q.Length == 0)
        {
            return [];
        }
        var prefix = new List<Title>();
        var word = new List<Title>();
        foreach (var t in _titles)
        {
            if (t.Name.StartsWith(q, StringComparison.OrdinalIgnoreCase))
            {
                prefix.Add(t);
            }
            else if (HasWordStartingWith(t.Name, q))
            {
                word.Add(t);
            }
        }
        prefix.AddRange(word);
        return prefix.Count > limit ? prefix.GetRange(0, limit) : prefix;
    }

    /// <summary>Titles like the given one: same genre first (closest year first), never the title itself.</summary>
    public IReadOnlyList<Title> Similar(string id, int limit = RailLength)
    {
        var title = Get(id);
        return _titles
            .Where(t => t.Id != title.Id)
            .OrderBy(t => t.Genre == title.Genre ? 0 : 1)
            .ThenBy(t => Math.Abs(t.Year - title.Year))
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private static bool HasWordStartingWith(string name, string query)
    {
        for (var i = 1; i < name.Length; i++)
        {
            var boundary = !char.IsLetterOrDigit(name[i - 1]) && char.IsLetterOrDigit(name[i]);
            if (boundary && name.AsSpan(i).StartsWith(query, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static List<Rail> BuildRails(List<Title> titles, ulong seed)
    {
        var random = new SplitMix64(seed ^ 0x5241494C53UL);
        var trending = new List<Title>(titles);
        random.Shuffle(trending);
        return
        [
            new Rail("trending", "Trending now", trending.Take(RailLength).ToList()),
            new Rail("new", "New releases", titles.OrderByDescending(t => t.Year).ThenBy(t => t.Id, StringComparer.Ordinal).Take(RailLength).ToList()),
            new Rail("top", "Top rated", titles.OrderByDescending(t => t.Score).ThenBy(t => t.Id, StringComparer.Ordinal).Take(RailLength).ToList()),
            GenreRail("scifi", "Sci-Fi & Fantasy", titles, Genre.SciFi, Genre.Fantasy),
            GenreRail("thrillers", "Thrillers & Crime", titles, Genre.Thriller, Genre.Crime),
            GenreRail("comedy", "Comedy & Romance", titles, Genre.Comedy, Genre.Romance),
            GenreRail("family", "Family night", titles, Genre.Family, Genre.Animation),
            GenreRail("docs", "Documentaries & Drama", titles, Genre.Documentary, Genre.Drama),
        ];
    }

    private static Rail GenreRail(string id, string name, List<Title> titles, Genre first, Genre second)
    {
        var items = titles.Where(t => t.Genre == first || t.Genre == second)
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(RailLength)
            .ToList();
        if (items.Count < RailLength)
        {
            throw new InvalidOperationException($"rail '{id}' has only {items.Count} titles of {first} and {second}; the catalog needs at least {RailLength}");
        }
        return new Rail(id, name, items);
    }
}
