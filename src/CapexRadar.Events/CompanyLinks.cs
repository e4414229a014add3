using System.Globalization;

namespace CapexRadar.Events;

/// <summary>
/// A unit and its owner as a story states them (not from the knowledge base): "Telmex's Triara", "OpCore, the data centre
/// arm of Iliad", "through its subsidiary NeutraDC", "Yotta is backed by the Hiranandani Group". <see cref="Owner"/> is
/// the story's own lead company when the text says "its" (then <see cref="OwnerId"/> is that company's id). An empty
/// <see cref="Unit"/> is a unit the opening does not name ("the Hiranandani Group's data-centre business will spend…").
/// </summary>
public sealed record CompanyLink(string Unit, string Owner, string? OwnerId = null)
{
    /// <summary>The story's opening names only the owner of the unit that acts.</summary>
    public bool UnnamedUnit => Unit.Length == 0;
}

/// <summary>
/// Reads the ownership statements of a story — the grammar of appositions and possessives outlets use to say whose unit or
/// brand a company is — so that a unit or brand the knowledge base lacks still rolls up to its parent across the rewrites
/// of one announcement. One linear pass over at most <see cref="MaxChars"/> characters; at most <see cref="MaxLinks"/>
/// links; each pattern looks at most a few words around its cue word.
/// </summary>
public static class CompanyLinks
{
    /// <summary>Only the first this many characters of a story are read.</summary>
    public const int MaxChars = 20_000;

    /// <summary>At most this many links are kept per story.</summary>
    public const int MaxLinks = 8;

    /// <summary>At most this many modifier words between a cue and the relation noun ("its wholly owned data-centre subsidiary").</summary>
    private const int MaxModifiers = 4;

    /// <summary>At most this many words in one name.</summary>
    private const int MaxNameWords = 5;

    /// <summary>Nouns that make the company beside them a part of another: "the data-centre arm of", "its subsidiary".</summary>
    private static HashSet<string> UnitNouns => EventWords.UnitNoun;

    /// <summary>Participles of ownership before "by": "backed by", "owned by", "controlled by".</summary>
    private static HashSet<string> OwnedWords => EventWords.OwnedWord;

    /// <summary>Capitalised words that begin a clause or stand for a name without being one.</summary>
    private static HashSet<string> NotNames => EventWords.NotName;

    private enum Kind { Word, Comma, Stop, Possessive }

    private readonly record struct Token(Kind Kind, string Text, int Start)
    {
        public bool IsWord(string w) => Kind == Kind.Word && string.Equals(Text, w, StringComparison.OrdinalIgnoreCase);

        /// <summary>A word that can be part of a name: capitalised, or with a capital or digit inside ("center3", "NeutraDC").</summary>
        public bool NameLike => Kind == Kind.Word && (char.IsUpper(Text[0]) || Text.Any(c => char.IsUpper(c) || char.IsDigit(c))) &&
                                Text.Any(char.IsLetter);
    }

    /// <summary>The ownership links <paramref name="text"/> states; "its" links name <paramref name="selfName"/>
    /// (with <paramref name="selfId"/>) as the owner, and are left out when it is null. A unit left unnamed ("X's cloud
    /// arm will…") counts only in the first <paramref name="openingChars"/> characters, where the story says who acts.</summary>
    public static List<CompanyLink> Find(string text, string? selfName, string? selfId, int openingChars = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text.Length > MaxChars ? text[..MaxChars] : text);
        var links = new List<CompanyLink>();
        for (var i = 0; i < tokens.Count && links.Count < MaxLinks; i++)
        {
            var t = tokens[i];
            if (t.Kind == Kind.Possessive) Possessive(tokens, i, links, t.Start < openingChars);
            else if (t.IsWord("of")) Appositive(tokens, i, links);
            else if (t.IsWord("its") && selfName is not null) Its(tokens, i, selfName, selfId, links);
            else if (t.IsWord("by") && i > 0 && tokens[i - 1].Kind == Kind.Word && OwnedWords.Contains(tokens[i - 1].Text)) OwnedBy(tokens, i, links);
            else if (t.Kind == Kind.Word && UnitNouns.Contains(t.Text)) NounBetweenNames(tokens, i, links);
            else if (t.Kind == Kind.Word && OwnedCompound(t.Text) is { } owner && NameStartingAt(tokens, i + 1) is { } owned) Add(links, owned, owner);
        }
        return links.Count > MaxLinks ? links[..MaxLinks] : links;
    }

    /// <summary>"Owner's Unit", "Owner's data-centre arm Unit", "Unit's parent Owner"; in the opening, "Owner's cloud arm"
    /// with no name after it (an unnamed unit).</summary>
    private static void Possessive(List<Token> tokens, int i, List<CompanyLink> links, bool inOpening)
    {
        if (NameEndingAt(tokens, i - 1) is not { } owner) return;
        var j = i + 1;
        if (j < tokens.Count && tokens[j].IsWord("parent"))
        {
            if (j + 1 < tokens.Count && tokens[j + 1].Kind == Kind.Comma) j++;
            if (NameStartingAt(tokens, j + 1) is { } parent) Add(links, owner, parent);
            return;
        }
        var modifiers = 0;
        while (j < tokens.Count && tokens[j].Kind == Kind.Word && !tokens[j].NameLike && !UnitNouns.Contains(tokens[j].Text) && modifiers < MaxModifiers)
        {
            j++;
            modifiers++;
        }
        var noun = j < tokens.Count && tokens[j].Kind == Kind.Word && UnitNouns.Contains(tokens[j].Text);
        if (modifiers > 0 && !noun) return; // "Naver's rival Kakao": no unit noun
        if (noun)
        {
            j++;
            if (j < tokens.Count && tokens[j].Kind == Kind.Comma) j++; // "Owner's cloud unit, Unit,"
        }
        if (NameStartingAt(tokens, j) is { } unit) Add(links, unit, owner);
        // "Unit, Owner's data-centre subsidiary": the name before the apposition
        else if (noun && NameStartOf(tokens, i - 1) is var first && first > 1 && tokens[first - 1].Kind == Kind.Comma &&
                 NameEndingAt(tokens, first - 2) is { } before)
            Add(links, before, owner);
        else if (noun && inOpening) links.Add(new CompanyLink("", owner));
    }

    /// <summary>"Owner unit Unit", "Owner subsidiary, Unit" (no possessive: wire style).</summary>
    private static void NounBetweenNames(List<Token> tokens, int i, List<CompanyLink> links)
    {
        if (i == 0 || !tokens[i - 1].NameLike || NameEndingAt(tokens, i - 1) is not { } owner) return;
        var first = NameStartOf(tokens, i - 1);
        if (first > 0 && (tokens[first - 1].Kind == Kind.Possessive || tokens[first - 1].IsWord("its"))) return; // read elsewhere
        var j = i + 1;
        if (j < tokens.Count && tokens[j].Kind == Kind.Comma) j++;
        if (NameStartingAt(tokens, j) is { } unit) Add(links, unit, owner);
    }

    /// <summary>The owner in "Telkom-owned", "SoftBank-backed", "Slim-controlled" (a capitalised first part).</summary>
    private static string? OwnedCompound(string word)
    {
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || !char.IsUpper(word[0]) || !OwnedWords.Contains(word[(dash + 1)..])) return null;
        var owner = word[..dash];
        return NotNames.Contains(owner) ? null : owner;
    }

    /// <summary>The index of the first word of the name that ends at <paramref name="last"/>.</summary>
    private static int NameStartOf(List<Token> tokens, int last)
    {
        var start = last + 1;
        while (start > 0 && last + 1 - (start - 1) <= MaxNameWords && tokens[start - 1].NameLike) start--;
        return start;
    }

    /// <summary>"Unit, the data-centre business of Owner", "Unit is a subsidiary of Owner" (the owner not itself a possessor).</summary>
    private static void Appositive(List<Token> tokens, int i, List<CompanyLink> links)
    {
        if (i == 0 || tokens[i - 1].Kind != Kind.Word || !UnitNouns.Contains(tokens[i - 1].Text)) return;
        var owner = NameStartingAt(tokens, i + 1, out var end);
        // "Unit, the data-centre unit of its fixed-line subsidiary Owner": the owner is itself a unit of the story's company
        // (that link is read at "its")
        if (owner is null && i + 1 < tokens.Count && tokens[i + 1].IsWord("its") && UnitNamedAfter(tokens, i + 2) is var (named, next))
            (owner, end) = (named, next);
        if (owner is null || (end < tokens.Count && tokens[end].Kind == Kind.Possessive)) return;
        // back over modifiers and a determiner to the comma or verb after the unit's name
        var j = i - 2;
        var modifiers = 0;
        while (j >= 0 && tokens[j].Kind == Kind.Word && !tokens[j].NameLike && modifiers <= MaxModifiers &&
               !tokens[j].IsWord("is") && !tokens[j].IsWord("was"))
        {
            j--;
            modifiers++;
        }
        if (j >= 0 && (tokens[j].IsWord("is") || tokens[j].IsWord("was"))) j--;
        if (j >= 0 && tokens[j].Kind == Kind.Comma) j--;
        if (NameEndingAt(tokens, j) is { } unit) Add(links, unit, owner);
    }

    /// <summary>The name after "[modifiers] unit-noun[,]" starting at <paramref name="j"/> ("fixed-line subsidiary Telmex"),
    /// and the index after it.</summary>
    private static (string Name, int End)? UnitNamedAfter(List<Token> tokens, int j)
    {
        var modifiers = 0;
        while (j < tokens.Count && tokens[j].Kind == Kind.Word && !tokens[j].NameLike && !UnitNouns.Contains(tokens[j].Text) && modifiers < MaxModifiers)
        {
            j++;
            modifiers++;
        }
        if (j >= tokens.Count || tokens[j].Kind != Kind.Word || !UnitNouns.Contains(tokens[j].Text)) return null;
        j++;
        if (j < tokens.Count && tokens[j].Kind == Kind.Comma) j++;
        return NameStartingAt(tokens, j, out var end) is { } name ? (name, end) : null;
    }

    /// <summary>"its subsidiary Unit", "its data-centre unit, Unit", "its Unit unit", "its parent Owner".</summary>
    private static void Its(List<Token> tokens, int i, string selfName, string? selfId, List<CompanyLink> links)
    {
        var j = i + 1;
        if (j < tokens.Count && tokens[j].IsWord("parent"))
        {
            if (j + 1 < tokens.Count && tokens[j + 1].Kind == Kind.Comma) j++;
            if (NameStartingAt(tokens, j + 1) is { } parent) links.Add(new CompanyLink(selfName, parent));
            return;
        }
        if (NameStartingAt(tokens, j, out var end) is { } named)
        {
            if (end < tokens.Count && tokens[end].Kind == Kind.Word && UnitNouns.Contains(tokens[end].Text))
                links.Add(new CompanyLink(named, selfName, selfId));
            return;
        }
        var modifiers = 0;
        while (j < tokens.Count && tokens[j].Kind == Kind.Word && !tokens[j].NameLike && !UnitNouns.Contains(tokens[j].Text) && modifiers < MaxModifiers)
        {
            j++;
            modifiers++;
        }
        if (j >= tokens.Count || tokens[j].Kind != Kind.Word || !UnitNouns.Contains(tokens[j].Text)) return;
        j++;
        if (j < tokens.Count && tokens[j].Kind == Kind.Comma) j++;
        if (NameStartingAt(tokens, j) is { } unit) links.Add(new CompanyLink(unit, selfName, selfId));
    }

    /// <summary>"Unit is backed by the Owner", "Unit, owned by Owner", "Unit, which is controlled by Owner".</summary>
    private static void OwnedBy(List<Token> tokens, int i, List<CompanyLink> links)
    {
        var start = i + 1;
        if (start < tokens.Count && tokens[start].IsWord("the")) start++;
        var owner = NameStartingAt(tokens, start, out var end);
        if (owner is null || (end < tokens.Count && tokens[end].Kind == Kind.Possessive)) return;
        var j = i - 2;
        for (var steps = 0; j >= 0 && steps < 4; steps++)
        {
            var t = tokens[j];
            if (t.Kind == Kind.Comma || t.IsWord("is") || t.IsWord("was") || t.IsWord("which") || t.IsWord("wholly") ||
                t.IsWord("majority") || t.IsWord("partly") || t.IsWord("jointly") || t.IsWord("also")) j--;
            else break;
        }
        if (NameEndingAt(tokens, j) is { } unit) Add(links, unit, owner);
    }

    private static void Add(List<CompanyLink> links, string unit, string owner)
    {
        if (!string.Equals(unit, owner, StringComparison.OrdinalIgnoreCase)) links.Add(new CompanyLink(unit, owner));
    }

    private static string? NameStartingAt(List<Token> tokens, int start) => NameStartingAt(tokens, start, out _);

    private static string? NameStartingAt(List<Token> tokens, int start, out int end)
    {
        end = start;
        while (end < tokens.Count && end - start < MaxNameWords && tokens[end].NameLike) end++;
        return NameOf(tokens, start, end);
    }

    private static string? NameEndingAt(List<Token> tokens, int last) => NameOf(tokens, NameStartOf(tokens, last), last + 1);

    /// <summary>The words [start, end) as a name, without leading words that are not names ("The Hiranandani Group").</summary>
    private static string? NameOf(List<Token> tokens, int start, int end)
    {
        while (start < end && NotNames.Contains(tokens[start].Text)) start++;
        if (start >= end) return null;
        return string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text));
    }

    /// <summary>Words (letters, digits, inner hyphens, ampersands and apostrophes), commas, possessive "'s" and clause stops.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] is '-' or '&') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                    i++;
                // possessive: 's or ’s glued to the word
                if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    tokens.Add(new Token(Kind.Word, text[start..i], start));
                    tokens.Add(new Token(Kind.Possessive, "'s", i));
                    i += 2;
                    continue;
                }
                tokens.Add(new Token(Kind.Word, text[start..i], start));
                continue;
            }
            if (c == ',') tokens.Add(new Token(Kind.Comma, ",", i));
            else if (c is '.' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '“' or '”' or '\n' || char.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation)
                tokens.Add(new Token(Kind.Stop, c.ToString(), i));
            i++;
        }
        return tokens;
    }
}
