namespace Bridge.App.Content;

/// <summary>One title of the catalog: a film or a series with its metadata and artwork addresses.</summary>
public sealed record Title(
    string Id,
    string Name,
    int Year,
    Genre Genre,
    string Maturity,
    double Score,
    int DurationMinutes,
    string Synopsis,
    string Poster,
    string? Hero,
    string Backdrop)
{
    /// <summary>The duration as a TV app shows it ("1 h 52 min").</summary>
    public string DurationText => DurationMinutes >= 60
        ? $"{DurationMinutes / 60} h {DurationMinutes % 60:00} min"
        : $"{DurationMinutes} min";

    /// <summary>The genre as shown to the viewer.</summary>
    public string GenreName => Genres.DisplayName(Genre);
}

/// <summary>A named horizontal row of titles on the home page.</summary>
public sealed record Rail(string Id, string Name, IReadOnlyList<Title> Titles);

/// <summary>The genres of the catalog; every genre holds the same number of titles.</summary>
public enum Genre
{
    /// <summary>Drama.</summary>
    Drama,
    /// <summary>Comedy.</summary>
    Comedy,
    /// <summary>Thriller.</summary>
    Thriller,
    /// <summary>Science fiction.</summary>
    SciFi,
    /// <summary>Action.</summary>
    Action,
    /// <summary>Documentary.</summary>
    Documentary,
    /// <summary>Animation.</summary>
    Animation,
    /// <summary>Romance.</summary>
    Romance,
    /// <summary>Horror.</summary>
    Horror,
    /// <summary>Fantasy.</summary>
    Fantasy,
    /// <summary>Crime.</summary>
    Crime,
    /// <summary>Family.</summary>
    Family,
}

/// <summary>Display names of <see cref="Genre"/>.</summary>
public static class Genres
{
    /// <summary>Every genre in declaration order.</summary>
    public static IReadOnlyList<Genre> All { get; } = Enum.GetValues<Genre>();

    /// <summary>The name of a genre as shown on a badge ("Sci-Fi").</summary>
    public static string DisplayName(Genre genre) => genre switch
    {
        Genre.SciFi => "Sci-Fi",
        _ => genre.ToString(),
    };
}
