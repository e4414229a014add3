using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CapexRadar.Text;

namespace CapexRadar.Benchmarks;

/// <summary>
/// <see cref="TextNormalizer.StripTags"/> on 1 MiB of hostile HTML, before (the quadratic version, kept here as the
/// baseline) and after (the linear one). Run: <c>dotnet run -c Release --project tests/CapexRadar.Benchmarks -- striptags</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class StripTagsBenchmarks
{
    private const int Size = 1024 * 1024;
    private string _html = "";

    /// <summary>lt: only '&lt;'; lt-digit: "&lt;1" repeated then one '&gt;' at the end; open-tags: "&lt;a " repeated, never closed; tags: ordinary markup.</summary>
    [Params("lt", "lt-digit", "open-tags", "tags")]
    public string Input { get; set; } = "lt";

    [GlobalSetup]
    public void Setup() => _html = Input switch
    {
        "lt" => new string('<', Size),
        "lt-digit" => Repeat("<1", Size - 1) + ">",
        "open-tags" => Repeat("<a ", Size),
        _ => Repeat("<p class=\"x\">Alibaba will spend <b>$53 billion</b> on AI.</p>", Size),
    };

    [Benchmark(Baseline = true, Description = "before (quadratic)")]
    public int Before() => LegacyStripTags.Strip(_html).Length;

    [Benchmark(Description = "after (linear)")]
    public int After() => TextNormalizer.StripTags(_html).Length;

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        return sb.ToString(0, length);
    }
}

/// <summary>The previous StripTags (commit 99be5c8), unchanged, as the benchmark's baseline.</summary>
internal static class LegacyStripTags
{
    private static readonly string[] BlockTags = ["p", "/p", "br", "br/", "div", "/div", "li", "/li", "h1", "h2", "h3", "h4", "/h1", "/h2", "/h3", "/h4", "tr", "/tr"];

    public static string Strip(string html)
    {
        var sb = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<') { sb.Append(c); i++; continue; }
            var close = html.IndexOf('>', i + 1);
            if (close < 0 || !LooksLikeTag(html, i + 1)) { sb.Append(c); i++; continue; }
            var name = TagName(html.AsSpan(i + 1, close - i - 1));
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                var endClose = end < 0 ? -1 : html.IndexOf('>', end);
                i = endClose < 0 ? html.Length : endClose + 1;
                continue;
            }
            if (Array.Exists(BlockTags, t => t.Equals(name, StringComparison.OrdinalIgnoreCase))) sb.Append("\n\n");
            i = close + 1;
        }
        return sb.ToString();
    }

    private static bool LooksLikeTag(string s, int at) =>
        at < s.Length && (char.IsAsciiLetter(s[at]) || s[at] == '/' || s[at] == '!');

    private static string TagName(ReadOnlySpan<char> inner)
    {
        var end = 0;
        while (end < inner.Length && !char.IsWhiteSpace(inner[end]) && inner[end] != '>') end++;
        var name = inner[..end];
        if (name.Length > 1 && name[^1] == '/' && name[0] != '/') name = name[..^1];
        return name.ToString();
    }
}
