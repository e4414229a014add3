namespace CapexRadar.Text;

public enum TokenKind : byte { Word, Number, Punctuation, Symbol }

/// <summary>A token as offsets into the text: no string is allocated until a caller asks for one.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
}

/// <summary>
/// Allocation-free tokenizer: words (letters, digits, inner hyphens/apostrophes/ampersands),
/// numbers ("1,200.5"), and single punctuation or symbol characters. Use it with <c>foreach</c>.
/// </summary>
public ref struct Tokenizer
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _offset;
    private int _pos;

    public Tokenizer(ReadOnlySpan<char> text, int offset = 0)
    {
        _text = text;
        _offset = offset;
        _pos = 0;
        Current = default;
    }

    public Token Current { get; private set; }

    public readonly Tokenizer GetEnumerator() => this;

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
