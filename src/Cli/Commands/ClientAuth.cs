using System.CommandLine;
using CapexRadar.Security;
using Grpc.Core;

namespace CapexRadar.Cli.Commands;

/// <summary>
/// The bearer token every command sends: <c>--token</c>, else <c>CAPEXRADAR_TOKEN</c>, else the file
/// <c>CAPEXRADAR_TOKEN_FILE</c>, else <c>.data/client-token</c> (the AppHost writes it; looked for in the current
/// directory and its parents, or under <c>CapexRadar__DataDirectory</c>).
/// </summary>
internal static class ClientAuth
{
    /// <summary>Global option (every subcommand accepts it).</summary>
    public static readonly Option<string?> TokenOption = new("--token")
    {
        Description = "Bearer token to send (default: CAPEXRADAR_TOKEN, else .data/client-token)",
        Recursive = true,
    };

    /// <summary>Set from the parsed command line before the command runs.</summary>
    public static string? Override { get; set; }

    public static string? Token()
    {
        if (Override is { Length: > 0 } explicitToken) return explicitToken.Trim();
        if (Environment.GetEnvironmentVariable("CAPEXRADAR_TOKEN") is { Length: > 0 } fromEnv) return fromEnv.Trim();
        // Looked up and read once a minute, not per call: `load` makes hundreds of calls a second.
        if (_fromFile is { } cached && Environment.TickCount64 - cached.ReadAt < 60_000) return cached.Token;
        var file = TokenFile();
        var token = file is not null && File.Exists(file) ? File.ReadAllText(file).Trim() : null;
        if (token is { Length: > 0 }) _fromFile = new CachedToken(token, Environment.TickCount64);
        return token;
    }

    private sealed record CachedToken(string Token, long ReadAt);

    private static CachedToken? _fromFile;

    public static string? TokenFile()
    {
        if (Environment.GetEnvironmentVariable("CAPEXRADAR_TOKEN_FILE") is { Length: > 0 } configured) return configured;
        return FindInDataDirectory(SecretFiles.ClientTokenFileName);
    }

    /// <summary><c>{data}/{name}</c>: under <c>CapexRadar__DataDirectory</c> when set, else the nearest <c>.data/{name}</c> upwards.</summary>
    public static string? FindInDataDirectory(string name)
    {
        if (Environment.GetEnvironmentVariable("CapexRadar__DataDirectory") is { Length: > 0 } data) return Path.Combine(Path.GetFullPath(data), name);
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".data", name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Adds <c>authorization: Bearer …</c> to every call (none when no token is found: the server answers UNAUTHENTICATED).</summary>
    public static CallCredentials Credentials() => CallCredentials.FromInterceptor((_, metadata) =>
    {
        if (Token() is { Length: > 0 } token) metadata.Add("authorization", "Bearer " + token);
        return Task.CompletedTask;
    });
}
