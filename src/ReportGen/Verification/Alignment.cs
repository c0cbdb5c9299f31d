namespace ReportGen.Verification;

/// <summary>
/// Aligns the manuscript's tokens with the generated text's: the longest common subsequence of their keys, where any
/// number matches any number of its kind, so that a sentence a co-author changed a number in still lines up with the
/// sentence ReportGen wrote. A pair of numbers counts only with words matched around it (<see cref="Supported"/>).
/// </summary>
internal sealed class Alignment
{
    /// <summary>Words on either side, within this many tokens, that must be matched too for a pair of numbers to count.</summary>
    private const int Window = 4;
    private const int NeededSupport = 3;

    /// <summary>Beyond this many cells the table would not fit in memory; verify says so rather than trying.</summary>
    public const long MaxCells = 64_000_000;

    private readonly List<(int Input, int Generated)> _pairs;
    private readonly IReadOnlyList<Token> _input;

    private Alignment(List<(int, int)> pairs, IReadOnlyList<Token> input)
    {
        _pairs = pairs;
        _input = input;
    }

    /// <summary>The matched pairs (indexes into the input's and the generated tokens), in order.</summary>
    public IReadOnlyList<(int Input, int Generated)> Pairs => _pairs;

    public static Alignment? Of(IReadOnlyList<Token> input, IReadOnlyList<Token> generated)
    {
        int n = input.Count, m = generated.Count;
        if ((long)(n + 1) * (m + 1) > MaxCells) return null;
        // Keys as small integers: the table compares them n × m times.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(Token t) => ids.TryGetValue(t.Key, out var id) ? id : ids[t.Key] = ids.Count;
        var a = input.Select(Id).ToArray();
        var b = generated.Select(Id).ToArray();
        // Lengths of the common subsequence of the suffixes, in 16 bits: a manuscript has far fewer than 65,535 tokens
        // where the cells would overflow (checked by MaxCells, whose square root is below it).
        var table = new ushort[(n + 1) * (m + 1)];
        var width = m + 1;
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[i * width + j] = a[i] == b[j]
                    ? (ushort)(table[(i + 1) * width + j + 1] + 1)
                    : Math.Max(table[(i + 1) * width + j], table[i * width + j + 1]);
            }
        }
        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (a[i] == b[j])
            {
                pairs.Add((i, j));
                i++;
                j++;
            }
            else if (table[(i + 1) * width + j] >= table[i * width + j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return new Alignment(pairs, input);
    }

    /// <summary>Whether pair <paramref name="k"/> has enough matched words close by on both sides to be the same sentence.</summary>
    public bool Supported(int k)
    {
        var (i, j) = _pairs[k];
        var support = 0;
        for (var d = Math.Max(0, k - Window); d <= Math.Min(_pairs.Count - 1, k + Window); d++)
        {
            if (d == k) continue;
            var (i2, j2) = _pairs[d];
            if (Math.Abs(i2 - i) <= Window + 1 && Math.Abs(j2 - j) <= Window + 1 && !_input[i2].IsNumber) support++;
        }
        return support >= NeededSupport;
    }
}
