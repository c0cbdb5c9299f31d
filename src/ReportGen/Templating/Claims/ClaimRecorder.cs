using System.Text;
using ReportGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportGen.Templating.Claims;

/// <summary>
/// The claims of one document's template run. The context tells it every value a template expression gives; when a
/// number from a counted value, a list's size, a flow count or a number function (<c>percent</c>, <c>number_words</c>,
/// <c>sentence_number</c>, <c>number</c>, <c>quantity</c>) is written, its text is wrapped in private-use markers.
/// The markers travel with the text through includes and captured partials, and <see cref="Finish"/> takes them out
/// of the finished Markdown, which gives each claim its exact place in it.
/// </summary>
internal sealed class ClaimRecorder(string document, ClaimSubjects subjects, string templatesDirectory)
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';
    private const char End = '\uE002';
    private const char Digit0 = '\uE010';

    /// <summary>
    /// A number a template expression gave, and where it came from: <c>target.name</c>, or the global <c>name</c>. What it
    /// counts is worked out only when it is written (most numbers a template reads, in conditions and loops, never are).
    /// </summary>
    private readonly record struct Source(object? Target, string Name, object? Value, bool IsGlobal);

    private sealed record Pending(string Kind, Source Subject, Source? Whole);

    private readonly List<Claim> _claims = [];
    private readonly Dictionary<ScriptNode, Source> _sources = new(ReferenceEqualityComparer.Instance);
    private object? _lastValue;
    private Pending? _last;

    public string Document => document;

    /// <summary>The claims that reached the document, once <see cref="Finish"/> has run.</summary>
    public IReadOnlyList<Claim> Recorded { get; private set; } = [];

    /// <summary>Called with every expression the template evaluated, innermost first, so the last call is the one written.</summary>
    internal void Evaluated(TemplateContext context, ScriptNode node, object? value)
    {
        Pending? pending = null;
        switch (node)
        {
            case ScriptFunctionCall { Target: ScriptVariable function } call when call.Arguments.Count > 0 && _sources.TryGetValue(call.Arguments[0], out var first):
                Source? whole = call.Arguments.Count > 1 && _sources.TryGetValue(call.Arguments[1], out var second) ? second : null;
                pending = function.Name switch
                {
                    "percent" => new Pending(Claim.PercentKind, first, whole),
                    "number_words" or "sentence_number" => new Pending(Claim.WordsKind, first, null),
                    "number" or "quantity" => new Pending(Claim.CountKind, first, null),
                    _ => null,
                };
                break;
            case ScriptMemberExpression { Member: { } name } member when ClaimSubjects.IsNumber(value) && IsPure(member.Target):
                // Read again rather than remembered: a variable or member chain gives the same object, and reading it has no effect.
                var source = new Source(context.Evaluate(member.Target!), name.Name, value, IsGlobal: false);
                _sources[node] = source;
                pending = new Pending(Claim.CountKind, source, null);
                break;
            case ScriptVariable variable when ClaimSubjects.IsNumber(value):
                var global = new Source(null, variable.Name, value, IsGlobal: true);
                _sources[node] = global;
                pending = new Pending(Claim.CountKind, global, null);
                break;
        }
        _lastValue = value;
        _last = pending;
    }

    /// <summary>The text the context writes for <paramref name="value"/>, wrapped in markers when it is a claim.</summary>
    internal object Wrap(SourceSpan span, object? value, object escaped)
    {
        var pending = _last;
        _last = null;
        if (pending is null || !Equals(value, _lastValue) || Resolve(pending.Subject) is not { } subject) return escaped;
        var text = Convert.ToString(escaped, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (text.Length == 0) return escaped;
        var id = _claims.Count;
        // Relative to the templates folder, so that claims.json is the same wherever the review lies.
        var file = string.IsNullOrEmpty(span.FileName) ? "" : Path.GetRelativePath(templatesDirectory, span.FileName).Replace('\\', '/');
        _claims.Add(new Claim(document, id, Unescaped(text), pending.Kind, subject, pending.Whole is { } whole ? Resolve(whole) : null,
            new SourceRef(file, span.Start.Line + 1, span.Start.Column + 1)));
        return Open + Encode(id) + Close + text + End;
    }

    private ClaimSubject? Resolve(Source source) =>
        source.IsGlobal ? subjects.OfGlobal(source.Name, source.Value) : subjects.OfMember(source.Target, source.Name, source.Value);

    /// <summary>Takes the markers out of <paramref name="markdown"/> and gives each claim the places its text landed.</summary>
    public string Finish(string markdown)
    {
        if (markdown.IndexOf(Open) < 0) return markdown;
        var text = new StringBuilder(markdown.Length);
        var spans = new Dictionary<int, List<ClaimSpan>>();
        var open = new Stack<(int Id, int Start, int Line, int Column)>();
        int line = 1, column = 1;
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == Open)
            {
                var id = 0;
                for (i++; i < markdown.Length && markdown[i] != Close; i++) id = id * 10 + (markdown[i] - Digit0);
                open.Push((id, text.Length, line, column));
                continue;
            }
            if (c == End && open.Count > 0)
            {
                var (id, start, startLine, startColumn) = open.Pop();
                if (!spans.TryGetValue(id, out var list)) spans[id] = list = [];
                list.Add(new ClaimSpan(start, text.Length - start, startLine, startColumn));
                continue;
            }
            text.Append(c);
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
        foreach (var claim in _claims) claim.Spans = spans.TryGetValue(claim.Id, out var s) ? s : [];
        // A claim whose text never reached the document (captured into a variable that was not written) is not one.
        Recorded = _claims.Where(c => c.Spans.Count > 0).ToList();
        return text.ToString();
    }

    /// <summary>The words a reader sees: "62\\.5\\%" in the Markdown is "62.5%".</summary>
    private static string Unescaped(string markdown) => System.Text.RegularExpressions.Regex.Replace(markdown, @"\\([!-/:-@\[-`{-~])", "$1");

    private static bool IsPure(ScriptExpression? expression) => expression switch
    {
        ScriptVariable => true,
        ScriptMemberExpression member => IsPure(member.Target),
        _ => false,
    };

    private static string Encode(int id) =>
        new(id.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)(Digit0 + (d - '0'))).ToArray());
}
