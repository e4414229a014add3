using System.CommandLine;
using System.Globalization;
using CapexRadar.Security;

namespace CapexRadar.Cli.Commands;

/// <summary><c>token issue --scope read [--scope ingest] --ttl 30d</c>: mints a token with the embedded signing key.</summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var scope = new Option<string[]>("--scope")
        {
            Description = $"Scope to grant (repeat or space-separate): {string.Join(", ", Scopes.All)}",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var ttl = new Option<string>("--ttl") { Description = "Lifetime: 90m, 12h, 30d (default 24h)", DefaultValueFactory = _ => "24h" };
        var subject = new Option<string>("--subject") { Description = "Who the token is for (claim sub)", DefaultValueFactory = _ => "capexradar-client" };
        var keyFile = new Option<string?>("--key-file") { Description = "Signing key file (default .data/signing-key, written by the AppHost)" };
        var issue = new Command("issue", "Print a new token signed with the embedded key (to stdout)") { scope, ttl, subject, keyFile };
        issue.SetAction(parse =>
        {
            var scopes = parse.GetValue(scope)!.SelectMany(s => s.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
            if (scopes.FirstOrDefault(s => !Scopes.IsKnown(s)) is { } unknown)
            {
                Console.Error.WriteLine($"unknown scope '{unknown}'; known: {string.Join(", ", Scopes.All)}");
                return 2;
            }
            if (!TryParseTtl(parse.GetValue(ttl)!, out var lifetime))
            {
                Console.Error.WriteLine("--ttl must look like 90m, 12h or 30d (at most 3650d)");
                return 2;
            }
            var path = parse.GetValue(keyFile) ?? ClientAuth.FindInDataDirectory(SecretFiles.SigningKeyFileName);
            if (path is null || !File.Exists(path))
            {
                Console.Error.WriteLine("no signing key found (.data/signing-key is written when the AppHost starts); give --key-file");
                return 2;
            }
            Console.WriteLine(TokenIssuer.Mint(File.ReadAllText(path).Trim(), scopes, lifetime, parse.GetValue(subject)!));
            return 0;
        });
        return new Command("token", "Bearer tokens for CapexRadar's services") { issue };
    }

    public static bool TryParseTtl(string text, out TimeSpan ttl)
    {
        ttl = default;
        text = text.Trim();
        if (text.Length < 2 || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0) return false;
        ttl = text[^1] switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => TimeSpan.Zero,
        };
        return ttl > TimeSpan.Zero && ttl <= TimeSpan.FromDays(3650);
    }
}
