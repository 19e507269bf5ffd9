using Bridge.App.Content;
using Bridge.App.Data;

namespace Bridge.App.Tests.Data;

public sealed class CatalogDataServiceTests
{
    private static readonly Dictionary<string, object?> NoParams = [];
    private readonly CatalogDataService _service = new();

    private Task<object?> Fetch(string resource, params (string Key, object? Value)[] ps) =>
        _service.FetchAsync(resource, ps.ToDictionary(p => p.Key, p => p.Value), CancellationToken.None);

    [Fact]
    public async Task Rails_answer_eight_maps_with_id_title_and_twenty_tiles()
    {
        var rails = Assert.IsType<List<object?>>(await Fetch("rails", ("page", "home")));
        Assert.Equal(8, rails.Count);
        foreach (var r in rails)
        {
            var rail = Assert.IsType<Dictionary<string, object?>>(r);
            Assert.IsType<string>(rail["id"]);
            Assert.IsType<string>(rail["title"]);
            var items = Assert.IsType<List<object?>>(rail["items"]);
            Assert.Equal(20, items.Count);
            AssertTile(items[0]);
        }
    }

    [Fact]
    public async Task Title_answers_every_field_of_the_details_page()
    {
        var t = _service.Catalog.Titles[3];
        var map = Assert.IsType<Dictionary<string, object?>>(await Fetch("title", ("id", t.Id)));
        Assert.Equal(t.Id, map["id"]);
        Assert.Equal(t.Name, map["title"]);
        Assert.Equal(t.Year, map["year"]);
        Assert.Equal(t.Synopsis, map["synopsis"]);
        Assert.Equal(t.Poster, map["image"]);
        Assert.Equal(t.DurationMinutes, map["duration"]);
        Assert.IsType<double>(map["score"]);
        Assert.Contains(t.GenreName, Assert.IsType<string>(map["meta"]));
    }

    [Fact]
    public async Task Similar_answers_tiles_without_the_title_itself()
    {
        var id = _service.Catalog.Titles[0].Id;
        var items = Assert.IsType<List<object?>>(await Fetch("similar", ("id", id)));
        Assert.Equal(20, items.Count);
        Assert.All(items, AssertTile);
        Assert.DoesNotContain(items, i => (string?)((Dictionary<string, object?>)i!)["id"] == id);
    }

    [Fact]
    public async Task Search_answers_the_query_with_its_tiles()
    {
        var name = _service.Catalog.Titles[5].Name;
        var prefix = name[..3];
        var map = Assert.IsType<Dictionary<string, object?>>(await Fetch("search", ("query", prefix)));
        Assert.Equal(prefix, map["query"]);
        var items = Assert.IsType<List<object?>>(map["items"]);
        Assert.Contains(items, i => (string?)((Dictionary<string, object?>)i!)["title"] == name);
        var empty = Assert.IsType<Dictionary<string, object?>>(await Fetch("search", ("query", "")));
        Assert.Empty(Assert.IsType<List<object?>>(empty["items"]));
    }

    [Fact]
    public async Task Settings_answer_toggles_and_choices_including_the_theme()
    {
        var list = Assert.IsType<List<object?>>(await _service.FetchAsync("settings", NoParams, CancellationToken.None));
        var maps = list.Cast<Dictionary<string, object?>>().ToList();
        var theme = maps.Single(m => (string?)m["id"] == "theme");
        Assert.Equal("choice", theme["kind"]);
        Assert.Equal("dark", theme["value"]);
        Assert.Contains(maps, m => (string?)m["kind"] == "toggle" && m["value"] is bool);
    }

    [Fact]
    public async Task Setting_changes_the_value_seen_by_later_requests()
    {
        var changed = Assert.IsType<Dictionary<string, object?>>(await Fetch("setting", ("id", "theme"), ("value", "light")));
        Assert.Equal("light", changed["value"]);
        Assert.Equal("light", _service.Settings.Theme);
        await Fetch("setting", ("id", "subtitles"), ("value", true));
        Assert.Equal(true, _service.Settings.Get("subtitles"));
    }

    [Fact]
    public async Task Setting_of_a_value_outside_its_options_fails_naming_the_setting()
    {
        var e = await Assert.ThrowsAsync<DataRequestException>(() => Fetch("setting", ("id", "theme"), ("value", "pink")));
        Assert.Contains("theme", e.Message);
        Assert.Contains("pink", e.Message);
        await Assert.ThrowsAsync<DataRequestException>(() => Fetch("setting", ("id", "subtitles"), ("value", "yes")));
    }

    [Fact]
    public async Task Unknown_resource_fails_naming_it()
    {
        var e = await Assert.ThrowsAsync<DataRequestException>(() => Fetch("weather"));
        Assert.Equal("weather", e.Resource);
        Assert.Contains("'weather'", e.Message);
    }

    [Fact]
    public async Task Title_without_id_or_with_unknown_id_fails_naming_the_parameter()
    {
        var missing = await Assert.ThrowsAsync<DataRequestException>(() => Fetch("title"));
        Assert.Contains("'id'", missing.Message);
        var wrongType = await Assert.ThrowsAsync<DataRequestException>(() => Fetch("title", ("id", 12)));
        Assert.Contains("string", wrongType.Message);
        var unknown = await Assert.ThrowsAsync<DataRequestException>(() => Fetch("similar", ("id", "t999")));
        Assert.Contains("'t999'", unknown.Message);
    }

    [Fact]
    public async Task Cancelled_request_is_cancelled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _service.FetchAsync("rails", NoParams, cts.Token));
    }

    [Fact]
    public async Task Answers_contain_only_json_like_values()
    {
        foreach (var (resource, ps) in new (string, (string, object?)[])[]
                 {
                     ("rails", []), ("featured", []), ("title", [("id", "t001")]), ("similar", [("id", "t001")]),
                     ("search", [("query", "the")]), ("settings", []),
                 })
        {
            AssertPlain(await Fetch(resource, ps), resource);
        }
    }

    private static void AssertTile(object? item)
    {
        var tile = Assert.IsType<Dictionary<string, object?>>(item);
        Assert.Equal(new[] { "genre", "id", "image", "title", "year" }, tile.Keys.Order());
        Assert.StartsWith("asset://posters/", (string)tile["image"]!);
    }

    private static void AssertPlain(object? value, string where)
    {
        switch (value)
        {
            case null or string or bool or int or double:
                return;
            case Dictionary<string, object?> map:
                foreach (var (k, v) in map)
                {
                    AssertPlain(v, $"{where}.{k}");
                }
                return;
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    AssertPlain(list[i], $"{where}[{i}]");
                }
                return;
            default:
                Assert.Fail($"{where} holds a {value.GetType().Name}, which does not cross the bus as plain data");
                return;
        }
    }
}

public sealed class UntypedParameterTests
{
    private readonly CatalogDataService _service = new();

    [Fact]
    public void Null_parameters_are_an_empty_map()
    {
        Assert.IsType<List<object?>>(_service.Fetch("rails", (object?)null));
    }

    [Fact]
    public void Map_with_object_keys_from_the_bus_is_accepted()
    {
        var fromBus = new Dictionary<object, object?> { ["id"] = "t002" };
        var map = Assert.IsType<Dictionary<string, object?>>(_service.Fetch("title", fromBus));
        Assert.Equal("t002", map["id"]);
    }

    [Fact]
    public void Map_with_a_non_string_key_or_a_non_map_is_rejected_naming_the_resource()
    {
        var e = Assert.Throws<DataRequestException>(() => _service.Fetch("title", new Dictionary<object, object?> { [1] = "t002" }));
        Assert.Contains("'title'", e.Message);
        Assert.Throws<DataRequestException>(() => _service.Fetch("title", (object?)"t002"));
    }
}
