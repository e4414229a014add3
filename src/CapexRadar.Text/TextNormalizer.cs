using System.Net;
using System.Text;

namespace CapexRadar.Text;

/// <summary>
/// Turns raw announcement text (plain or HTML) into the normalised text every span refers to:
/// tags stripped, entities decoded, runs of spaces collapsed, paragraphs separated by one blank line, Unicode NFC.
/// Linear in the input: one pass per step, no regular expressions.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Contains('<') ? StripTags(raw) : raw;
        if (text.Contains('&')) text = WebUtility.HtmlDecode(text);
        text = CollapseWhitespace(text);
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static readonly string[] BlockTags = ["p", "/p", "br", "br/", "div", "/div", "li", "/li", "h1", "h2", "h3", "h4", "/h1", "/h2", "/h3", "/h4", "tr", "/tr"];

    /// <summary>
    /// Removes markup; block-level tags become paragraph breaks; script/style bodies are dropped. Linear in the
    /// input: the position of the next <c>&gt;</c> is remembered, so a body of a million <c>&lt;</c> without any
    /// <c>&gt;</c> is scanned once, not once per <c>&lt;</c>.
    /// </summary>
    public static string StripTags(string html)
    {
        var sb = new StringBuilder(html.Length);
        var i = 0;
        var nextClose = -2; // -2: not searched yet; -1: no '>' after the last search start
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<') { sb.Append(c); i++; continue; }
            if (nextClose == -2 || (nextClose >= 0 && nextClose <= i)) nextClose = html.IndexOf('>', i + 1);
            var close = nextClose;
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

    /// <summary>Spaces/tabs collapse to one space; lines are trimmed; 2+ line breaks become one blank line (a paragraph).</summary>
    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var newlines = 0;
        foreach (var raw in text)
        {
            var c = raw == '\u00A0' ? ' ' : raw;
            if (c == '\r') continue;
            if (c == '\n' || c == '\u2028' || c == '\u2029')
            {
                newlines++;
                pendingSpace = false;
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }
            if (sb.Length > 0)
            {
                if (newlines >= 2) sb.Append("\n\n");
                else if (newlines == 1) sb.Append('\n');
                else if (pendingSpace) sb.Append(' ');
            }
            newlines = 0;
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
