using CapexRadar.Text;

namespace CapexRadar.Entities.Tests;

/// <summary>
/// The shared tokenizer (<c>CapexRadar.Text.Tokenizer</c>, read by Market and the shallow parser through
/// <c>AnnotatedDocument</c>) as it was before it became a grain of <c>TokenAtoms</c>, kept verbatim as the oracle of
/// <see cref="TextTokenizerDifferentialTests"/>.
/// </summary>
internal ref struct LegacyTextTokenizer
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _offset;
    private int _pos;

    public LegacyTextTokenizer(ReadOnlySpan<char> text, int offset = 0)
    {
        _text = text;
        _offset = offset;
        _pos = 0;
        Current = default;
    }

    public Token Current { get; private set; }

    public readonly LegacyTextTokenizer GetEnumerator() => this;

    public bool MoveNext()
    {
        var t = _text;
        while (_pos < t.Length && char.IsWhiteSpace(t[_pos])) _pos++;
        if (_pos >= t.Length) return false;
        var start = _pos;
        var c = t[_pos];
        if (char.IsDigit(c))
        {
            _pos++;
            while (_pos < t.Length && (char.IsDigit(t[_pos]) || ((t[_pos] == ',' || t[_pos] == '.') && _pos + 1 < t.Length && char.IsDigit(t[_pos + 1]))))
                _pos++;
            Current = new Token(_offset + start, _pos - start, TokenKind.Number);
            return true;
        }
        if (char.IsLetter(c))
        {
            _pos++;
            while (_pos < t.Length)
            {
                var d = t[_pos];
                if (char.IsLetterOrDigit(d)) { _pos++; continue; }
                if ((d == '-' || d == '\'' || d == '’' || d == '&') && _pos + 1 < t.Length && char.IsLetterOrDigit(t[_pos + 1])) { _pos++; continue; }
                break;
            }
            Current = new Token(_offset + start, _pos - start, TokenKind.Word);
            return true;
        }
        _pos++;
        Current = new Token(_offset + start, 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
        return true;
    }
}
