using System.Globalization;
using System.Text.Json;
using Bridge.Routing;
using Microsoft.Data.Sqlite;

namespace Bridge.Migration;

/// <summary>The results store of a results folder (results.db, SQLite): every <c>run</c> and <c>compare</c> written
/// there, with its latency summaries, verdicts, rollbacks and errors, so that history can be shown.</summary>
/// <remarks>Tables: <c>runs</c> (id, kind 'run' or 'compare', started, manifest, script, engine, pace, folder),
/// <c>latency</c> (run, page, path, engine, measure 'committed' or 'present', count, p50, p95, p99, max in ms),
/// <c>verdicts</c> (run, page, verdict, reasons as a JSON array, differing nodes, largest pixel share, p99 ratio),
/// <c>rollbacks</c> (run, page, from, to, reason) and <c>errors</c> (run, page, kind 'native-handler' or 'legacy-error', message). Schema version 1
/// (<c>PRAGMA user_version</c>); a file of another version is refused with a message naming it.</remarks>
public sealed class ResultsStore : IDisposable
{
    /// <summary>The store's file name inside a results folder.</summary>
    public const string FileName = "results.db";

    private const int SchemaVersion = 1;

    private readonly SqliteConnection _connection;

    private ResultsStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when needed) the store of a results folder.</summary>
    /// <exception cref="MigrationFileException">The file is not a results store of this version.</exception>
    public static ResultsStore Open(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, FileName));
        return OpenFile(path, SqliteOpenMode.ReadWriteCreate);
    }

    /// <summary>Opens an existing store file read-only.</summary>
    /// <exception cref="MigrationFileException">The file is missing or not a results store of this version.</exception>
    public static ResultsStore OpenReadOnly(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new MigrationFileException(full, ["file not found"]);
        }
        return OpenFile(full, SqliteOpenMode.ReadOnly);
    }

    private static ResultsStore OpenFile(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
            if (version == 0 && mode != SqliteOpenMode.ReadOnly)
            {
                CreateSchema(connection);
            }
            else if (version != SchemaVersion)
            {
                throw new MigrationFileException(path, [$"results store schema version {version}, expected {SchemaVersion}"]);
            }
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new MigrationFileException(path, [$"not a results store: {ex.Message}"]);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new ResultsStore(connection, path);
    }

    /// <summary>Adds a run: its latency summaries, rollbacks and errors; returns its id.</summary>
    public long AddRun(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var transaction = _connection.BeginTransaction();
        var info = report.Info;
        var id = InsertRun("run", info.Started, info.Manifest, info.Script, info.Engine, info.Pace, null);
        foreach (var g in report.Latency.Groups)
        {
            InsertLatency(id, g.Page, g.Path, g.Engine, "committed", g.CommittedSummary);
            InsertLatency(id, g.Page, g.Path, g.Engine, "present", g.PresentSummary);
        }
        foreach (var r in report.Rollbacks)
        {
            Execute("INSERT INTO rollbacks(run, page, from_path, to_path, reason) VALUES ($run, $page, $from, $to, $reason)",
                ("$run", id), ("$page", r.Page), ("$from", PagePaths.ToName(r.From)), ("$to", r.To is { } t ? PagePaths.ToName(t) : null),
                ("$reason", r.Reason));
        }
        foreach (var e in report.Errors)
        {
            Execute("INSERT INTO errors(run, page, kind, message) VALUES ($run, $page, $kind, $message)", ("$run", id), ("$page", e.Page),
                ("$kind", e.KindName), ("$message", e.Message));
        }
        transaction.Commit();
        return id;
    }

    /// <summary>Adds a comparison written to <paramref name="folder"/>: both paths' latency and the verdict; returns its id.</summary>
    public long AddComparison(CompareReport report, RunInfo info, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(info);
        using var transaction = _connection.BeginTransaction();
        var id = InsertRun("compare", info.Started, info.Manifest, info.Script, info.Engine, info.Pace, System.IO.Path.GetFullPath(folder));
        foreach (var (path, latency) in new[] { (PagePath.Native, report.Native), (PagePath.Legacy, report.Legacy) })
        {
            if (latency.Committed.Count > 0)
            {
                InsertLatency(id, report.Page, path, report.Engine, "committed", latency.Committed);
                InsertLatency(id, report.Page, path, report.Engine, "present", latency.Present);
            }
        }
        var outcome = report.Outcome;
        Execute("""
            INSERT INTO verdicts(run, page, verdict, reasons, differing_nodes, pixel_share, ratio)
            VALUES ($run, $page, $verdict, $reasons, $nodes, $share, $ratio)
            """,
            ("$run", id), ("$page", report.Page), ("$verdict", CompareReport.VerdictName(report.Verdict)),
            ("$reasons", JsonSerializer.Serialize(report.Reasons)), ("$nodes", outcome.DifferingNodes), ("$share", outcome.PixelShare),
            ("$ratio", report.Ratio));
        transaction.Commit();
        return id;
    }

    /// <summary>Reads every run, oldest first, with its rows.</summary>
    public IReadOnlyList<StoredRun> ReadRuns()
    {
        var runs = new Dictionary<long, StoredRun>();
        var order = new List<long>();
        using (var reader = Query("SELECT id, kind, started, manifest, script, engine, pace, folder FROM runs ORDER BY started, id"))
        {
            while (reader.Read())
            {
                var run = new StoredRun(Path, reader.GetInt64(0), reader.GetString(1),
                    DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7));
                runs.Add(run.Id, run);
                order.Add(run.Id);
            }
        }
        using (var reader = Query("SELECT run, page, path, engine, measure, count, p50, p95, p99, max FROM latency"))
        {
            while (reader.Read())
            {
                PagePaths.TryParse(reader.GetString(2), out var path);
                runs[reader.GetInt64(0)].Latency.Add(new StoredLatency(reader.GetString(1), path, reader.GetString(3), reader.GetString(4),
                    new LatencySummary(reader.GetInt64(5), reader.GetDouble(6), reader.GetDouble(7), reader.GetDouble(8), reader.GetDouble(9))));
            }
        }
        using (var reader = Query("SELECT run, page, verdict, reasons, differing_nodes, pixel_share, ratio FROM verdicts"))
        {
            while (reader.Read())
            {
                CompareReport.TryParseVerdict(reader.GetString(2), out var verdict);
                runs[reader.GetInt64(0)].Verdicts.Add(new StoredVerdict(reader.GetString(1), verdict,
                    JsonSerializer.Deserialize<List<string>>(reader.GetString(3)) ?? [], reader.GetInt32(4),
                    reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.IsDBNull(6) ? null : reader.GetDouble(6)));
            }
        }
        using (var reader = Query("SELECT run, page, reason FROM rollbacks"))
        {
            while (reader.Read())
            {
                runs[reader.GetInt64(0)].Rollbacks.Add((reader.GetString(1), reader.GetString(2)));
            }
        }
        using (var reader = Query("SELECT run, page, message FROM errors"))
        {
            while (reader.Read())
            {
                runs[reader.GetInt64(0)].Errors.Add((reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)));
            }
        }
        return order.Select(id => runs[id]).ToList();
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private static void CreateSchema(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE runs(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, started TEXT NOT NULL, manifest TEXT NOT NULL,
                script TEXT NOT NULL, engine TEXT NOT NULL, pace TEXT NOT NULL, folder TEXT);
            CREATE TABLE latency(run INTEGER NOT NULL REFERENCES runs(id), page TEXT NOT NULL, path TEXT NOT NULL, engine TEXT NOT NULL,
                measure TEXT NOT NULL, count INTEGER NOT NULL, p50 REAL NOT NULL, p95 REAL NOT NULL, p99 REAL NOT NULL, max REAL NOT NULL);
            CREATE TABLE verdicts(run INTEGER NOT NULL REFERENCES runs(id), page TEXT NOT NULL, verdict TEXT NOT NULL, reasons TEXT NOT NULL,
                differing_nodes INTEGER NOT NULL, pixel_share REAL, ratio REAL);
            CREATE TABLE rollbacks(run INTEGER NOT NULL REFERENCES runs(id), page TEXT NOT NULL, from_path TEXT NOT NULL, to_path TEXT,
                reason TEXT NOT NULL);
            CREATE TABLE errors(run INTEGER NOT NULL REFERENCES runs(id), page TEXT, kind TEXT NOT NULL, message TEXT NOT NULL);
            PRAGMA user_version = {SchemaVersion};
            """;
        command.ExecuteNonQuery();
    }

    private long InsertRun(string kind, DateTimeOffset started, string manifest, string script, string engine, string pace, string? folder)
    {
        Execute("""
            INSERT INTO runs(kind, started, manifest, script, engine, pace, folder)
            VALUES ($kind, $started, $manifest, $script, $engine, $pace, $folder)
            """,
            ("$kind", kind), ("$started", started.ToString("o", CultureInfo.InvariantCulture)), ("$manifest", manifest), ("$script", script),
            ("$engine", engine), ("$pace", pace), ("$folder", folder));
        return Convert.ToInt64(Scalar(_connection, "SELECT last_insert_rowid()"), CultureInfo.InvariantCulture);
    }

    private void InsertLatency(long run, string page, PagePath path, string engine, string measure, LatencySummary s) =>
        Execute("""
            INSERT INTO latency(run, page, path, engine, measure, count, p50, p95, p99, max)
            VALUES ($run, $page, $path, $engine, $measure, $count, $p50, $p95, $p99, $max)
            """,
            ("$run", run), ("$page", page), ("$path", PagePaths.ToName(path)), ("$engine", engine), ("$measure", measure),
            ("$count", s.Count), ("$p50", s.P50), ("$p95", s.P95), ("$p99", s.P99), ("$max", s.Max));

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        command.ExecuteNonQuery();
    }

    private SqliteDataReader Query(string sql)
    {
        // Not disposed here: disposing a command finalizes the statements its open reader steps through.
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteReader();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
