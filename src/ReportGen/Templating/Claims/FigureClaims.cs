using System.Globalization;
using System.Text;
using ReportGen.Model;

namespace ReportGen.Templating.Claims;

/// <summary>
/// A count Figure 1 states: the claim, and the box, line and column of the box's text it stands at (1-based, before
/// wrapping); <see cref="Number"/> is its place among the numbers of the box's text (from 0), which wrapping keeps.
/// </summary>
internal sealed record FigureClaim(Claim Claim, string Box, int Line, int Column, int Number);

/// <summary>
/// The counts prisma.sbn writes into the figure's boxes. The template receives each count already formatted; each is
/// handed to it wrapped in private-use markers, which travel with the text through its functions and string joins,
/// and are taken out of each box's text by <see cref="Take"/>, which gives each count its exact place in the box.
/// </summary>
internal sealed class FigureClaims(FlowCounts flow, string templateFile)
{
    /// <summary>The name claims.json gives the figure's claims' document.</summary>
    public const string Document = "figure";

    private const char Open = '\uE003';
    private const char Close = '\uE004';
    private const char End = '\uE005';

    private readonly List<ClaimSubject> _subjects = [];

    /// <summary>The runs of digits in <paramref name="text"/>, as a reader of the figure's text finds its numbers.</summary>
    public static int Numbers(string text) => System.Text.RegularExpressions.Regex.Count(text, @"\d+");
    private readonly List<FigureClaim> _recorded = [];

    /// <summary>The counts that reached a drawn box, in box order and then text order.</summary>
    public IReadOnlyList<FigureClaim> Recorded => _recorded;

    /// <summary>The text to give the template for flow count <paramref name="data"/> (or a total that adds the rows of <see cref="ClaimSubjects.FlowRowsOf"/>).</summary>
    public string Mark(string data, long value, string text, string? item = null)
    {
        var subject = ClaimSubjects.OfFlow(flow, data, value);
        _subjects.Add(item is null ? subject : subject with { What = $"{data}: {item}" });
        return Open + (_subjects.Count - 1).ToString(CultureInfo.InvariantCulture) + Close + text + End;
    }

    /// <summary>Takes the markers out of one box's text; when the box is drawn, records the counts it holds.</summary>
    public string Take(string box, string text, int templateLine, bool drawn)
    {
        if (text.IndexOf(Open) < 0) return text;
        var plain = new StringBuilder(text.Length);
        int line = 1, column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Open)
            {
                var close = text.IndexOf(Close, i);
                var end = text.IndexOf(End, close);
                var id = int.Parse(text.AsSpan(i + 1, close - i - 1), CultureInfo.InvariantCulture);
                var value = text[(close + 1)..end];
                if (drawn)
                {
                    var claim = new Claim(Document, _recorded.Count, value, Claim.CountKind, _subjects[id], null, new SourceRef(templateFile, templateLine, 1));
                    _recorded.Add(new FigureClaim(claim, box, line, column, Numbers(plain.ToString())));
                }
                plain.Append(value);
                column += value.Length;
                i = end;
                continue;
            }
            plain.Append(c);
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        return plain.ToString();
    }
}
