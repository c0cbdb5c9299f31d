using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportGen.Data.Files;
using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>
/// Reads resources.json, the CSL-JSON that Zotero, Mendeley and pandoc export, in place of resources.csv: the
/// citation key is the item's <c>id</c>, and every value is checked as the CSV's are, at its JSON line and column.
/// Utf8JsonReader is used rather than JsonDocument because it keeps each token's position.
/// </summary>
internal static class CslJsonReader
{
    public const string FileName = "resources.json";

    private const int MaxDepth = 32;

    private static readonly TextCodes Codes = new(DataCodes.NotUtf8, DataCodes.NulCharacter, "a JSON file",
        "Export the library again from Zotero (File → Export Library → CSL JSON) or save the file as UTF-8.",
        "The file was probably saved as UTF-16; export it again as CSL JSON.");

    /// <summary>CSL's item types, by the kind of reference each is printed as.</summary>
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["article-journal"] = ReferenceTypes.Article,
        ["article"] = ReferenceTypes.Article,
        ["article-magazine"] = ReferenceTypes.Article,
        ["article-newspaper"] = ReferenceTypes.Article,
        ["paper-conference"] = ReferenceTypes.Article,
        ["report"] = ReferenceTypes.Report,
        ["book"] = ReferenceTypes.Book,
        ["thesis"] = ReferenceTypes.Thesis,
        ["webpage"] = ReferenceTypes.Webpage,
        ["post-weblog"] = ReferenceTypes.Webpage,
        ["post"] = ReferenceTypes.Webpage,
    };

    /// <summary>CSL variables that are read, by resources.csv's column names.</summary>
    private static readonly Dictionary<string, string> Scalars = new(StringComparer.Ordinal)
    {
        ["id"] = "id",
        ["title"] = "title",
        ["container-title"] = "container",
        ["volume"] = "volume",
        ["issue"] = "issue",
        ["page"] = "pages",
        ["publisher"] = "publisher",
        ["URL"] = "url",
        ["DOI"] = "doi",
    };

    public static (IReadOnlyList<Resource> Resources, KeyRegistry Ids) Read(
        string filePath, string displayPath, DataLimits limits, DiagnosticBag diagnostics)
    {
        var resources = new List<Resource>();
        if (CsvFileReader.ReadText(filePath, displayPath, limits, diagnostics, Codes) is not { } text)
            return (resources, new KeyRegistry(FileName, "resource", isUsable: false));

        var context = new Context(displayPath, text.Positions, diagnostics);
        var registry = new KeyRegistry(FileName, "resource");
        var start = text.Bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var reader = new Utf8JsonReader(text.Bytes.AsSpan(start), new JsonReaderOptions { MaxDepth = MaxDepth });
        context.Start = start;
        try
        {
            ReadItems(ref reader, context, registry, resources);
        }
        catch (JsonException e)
        {
            var offset = text.Positions.Offset(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var (line, column) = text.Positions.At(offset);
            diagnostics.Error(displayPath, line, column, DataCodes.BadJson, $"the file is not valid JSON: {JsonMessage(e.Message)}",
                "Export the library again as CSL JSON, or fix the JSON here (a missing comma, quote or bracket).");
            return (resources, new KeyRegistry(FileName, "resource", isUsable: false));
        }
        return (resources, registry);
    }

    private static void ReadItems(ref Utf8JsonReader reader, Context context, KeyRegistry registry, List<Resource> resources)
    {
        if (!reader.Read()) throw new JsonException("the file is empty", null, 0, 0);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            context.Wrong(reader, "the file must hold a list ([ … ]) of references, as a CSL JSON export does");
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                context.Wrong(reader, $"each reference must be an object ({{ … }}), not {Describe(reader.TokenType)}");
                reader.Skip();
                continue;
            }
            var entry = ReadItem(ref reader, context);
            if (ResourceChecks.Build(entry, registry, "CSL type", context.Diagnostics) is { } resource) resources.Add(resource);
        }
        // A second value after the list is a syntax error that Read reports.
        while (reader.Read())
        {
        }
    }

    private static ResourceEntry ReadItem(ref Utf8JsonReader reader, Context context)
    {
        var entry = new ResourceEntry(context.At(reader));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? "";
            reader.Read();
            seen.Add(name);
            if (Scalars.TryGetValue(name, out var field)) Scalar(ref reader, context, entry, name, field);
            else if (name == "type") Type(ref reader, context, entry);
            else if (name == "author") Authors(ref reader, context, entry);
            else if (name == "issued") Date(ref reader, context, entry, name, "year", yearOnly: true);
            else if (name == "accessed") Date(ref reader, context, entry, name, "accessed", yearOnly: false);
            else reader.Skip();
        }
        foreach (var (member, field) in new[] { ("id", "id"), ("issued", "year"), ("author", "") })
        {
            var missing = field.Length > 0 ? entry.Get(field).Length == 0 && !entry.Failed : entry.Authors is null && !entry.Failed && !seen.Contains(member);
            if (!missing) continue;
            var at = field.Length > 0 ? entry.At(field) : entry.Start;
            context.Diagnostics.Error(at.File, at.Line, at.Column, DataCodes.EmptyCell,
                $"the reference {(entry.Get("id") is { Length: > 0 } id ? $"'{id}' " : "")}has no '{member}'",
                $"Give every item of {FileName} its '{member}' (Zotero exports it when the library's record has it).");
        }
        return entry;
    }

    private static void Scalar(ref Utf8JsonReader reader, Context context, ResourceEntry entry, string name, string field)
    {
        if (ScalarText(ref reader, context, name) is { } text) entry.Set(field, text, context.At(reader));
        else entry.Failed = true;
    }

    /// <summary>A string or a number (CSL allows both for volume, issue, page and id), as written.</summary>
    private static string? ScalarText(ref Utf8JsonReader reader, Context context, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                context.Wrong(reader, $"'{name}' must be text or a number, not {Describe(reader.TokenType)}");
                reader.Skip();
                return null;
        }
    }

    private static void Type(ref Utf8JsonReader reader, Context context, ResourceEntry entry)
    {
        if (ScalarText(ref reader, context, "type") is not { } type)
        {
            entry.Failed = true;
            return;
        }
        if (Types.TryGetValue(type, out var kind))
        {
            entry.Set("type", kind, context.At(reader));
            return;
        }
        var suggestion = Suggestions.Nearest(type, Types.Keys);
        context.Error(reader, DataCodes.UnknownReferenceType,
            $"the CSL type '{type}' is not a kind of reference ReportGen prints{Suggestions.DidYouMean(suggestion)}",
            $"Use one of {string.Join(", ", Types.Keys)}; in Zotero, change the item's type.");
        entry.Failed = true;
    }

    private static void Authors(ref Utf8JsonReader reader, Context context, ResourceEntry entry)
    {
        var at = context.At(reader);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            context.Wrong(reader, $"'author' must be a list of names, not {Describe(reader.TokenType)}");
            reader.Skip();
            entry.Failed = true;
            return;
        }
        var authors = new List<Author>();
        var names = new List<(string? Family, string? Given, string? Literal, SourceRef At)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (Name(ref reader, context) is { } name) names.Add(name);
            else entry.Failed = true;
        }
        for (var i = 0; i < names.Count; i++)
        {
            var (family, given, literal, nameAt) = names[i];
            if (literal is not null && i == names.Count - 1 && i > 0 && AuthorListParser.EtAl.Contains(literal, StringComparer.OrdinalIgnoreCase))
            {
                entry.MoreAuthors = true;
                continue;
            }
            if (literal is not null)
            {
                authors.Add(new Author(literal, ""));
                continue;
            }
            if (string.IsNullOrWhiteSpace(family))
            {
                context.Diagnostics.Error(nameAt.File, nameAt.Line, nameAt.Column, DataCodes.BadAuthor,
                    "an author has neither 'family' nor 'literal'",
                    "Write a person as {\"family\": \"Buchbinder\", \"given\": \"R.\"} and an organisation as {\"literal\": \"NICE\"}.");
                entry.Failed = true;
                continue;
            }
            var initials = Initials(given ?? "");
            if (initials.Length == 0) entry.WithoutInitials.Add(family.Trim());
            authors.Add(new Author(family.Trim(), initials));
        }
        if (authors.Count == 0 && !entry.Failed)
        {
            context.Diagnostics.Error(at.File, at.Line, at.Column, DataCodes.EmptyCell, "the reference's 'author' list is empty",
                "Give at least one author; an organisation is written {\"literal\": \"Name\"}.");
            entry.Failed = true;
        }
        entry.Authors = authors;
        entry.AuthorsAt = at;
    }

    private static (string? Family, string? Given, string? Literal, SourceRef At)? Name(ref Utf8JsonReader reader, Context context)
    {
        var at = context.At(reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Wrong(reader, $"an author must be an object with 'family' and 'given', not {Describe(reader.TokenType)}");
            reader.Skip();
            return null;
        }
        string? family = null, given = null, literal = null, particle = null;
        var ok = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var member = reader.GetString();
            reader.Read();
            if (member is not ("family" or "given" or "literal" or "non-dropping-particle" or "dropping-particle"))
            {
                reader.Skip();
                continue;
            }
            var text = ScalarText(ref reader, context, member);
            ok &= text is not null;
            switch (member)
            {
                case "family": family = text; break;
                case "given": given = text; break;
                case "literal": literal = text; break;
                default: particle = particle is null ? text : text + " " + particle; break;
            }
        }
        if (!ok) return null;
        return (particle is null ? family : $"{particle} {family}", given, literal, at);
    }

    /// <summary>"Hazel J" → "H. J.", "A. H. Y." → "A. H. Y.", "Jean-Paul" → "J.-P.".</summary>
    internal static string Initials(string given)
    {
        var parts = given.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" ", parts.Select(part => string.Join("-",
            part.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + "."))));
    }

    /// <summary>
    /// A CSL date: <c>{"date-parts": [[2004, 3, 1]]}</c> or <c>{"raw": "2004-03-01"}</c>. The year alone for
    /// <c>issued</c>; the whole date, written YYYY-MM-DD, for <c>accessed</c> (checked afterwards as the CSV's is).
    /// </summary>
    private static void Date(ref Utf8JsonReader reader, Context context, ResourceEntry entry, string name, string field, bool yearOnly)
    {
        var at = context.At(reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Wrong(reader, $"'{name}' must be a CSL date such as {{\"date-parts\": [[2004]]}}, not {Describe(reader.TokenType)}");
            reader.Skip();
            entry.Failed = true;
            return;
        }
        string? value = null;
        var valueAt = at;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var member = reader.GetString();
            reader.Read();
            if (member is "raw" or "literal" && reader.TokenType == JsonTokenType.String)
            {
                value ??= reader.GetString();
                valueAt = context.At(reader);
            }
            else if (member == "date-parts" && reader.TokenType == JsonTokenType.StartArray)
            {
                valueAt = context.At(reader);
                value = DateParts(ref reader, context, yearOnly, ref valueAt);
                if (value is null) entry.Failed = true;
            }
            else reader.Skip();
        }
        if (value is not null) entry.Set(field, value, valueAt);
    }

    /// <summary>The first date of <c>[[y, m, d], …]</c>: "2004", or "2024-02-01"; its parts are written as given, so a bad one is reported as the CSV's is.</summary>
    private static string? DateParts(ref Utf8JsonReader reader, Context context, bool yearOnly, ref SourceRef firstPartAt)
    {
        var parts = new List<string>();
        var depth = reader.CurrentDepth;
        var first = true;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType == JsonTokenType.StartArray && reader.CurrentDepth == depth + 1)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (first && parts.Count == 0) firstPartAt = context.At(reader);
                    var text = ScalarText(ref reader, context, "date-parts");
                    if (text is null) return null;
                    if (first) parts.Add(text);
                }
                first = false;
            }
            else if (reader.TokenType != JsonTokenType.EndArray)
            {
                context.Wrong(reader, "'date-parts' must be a list of dates, each a list such as [2004, 3, 1]");
                reader.Skip();
                return null;
            }
        }
        if (parts.Count == 0) return "";
        if (yearOnly) return parts[0];
        return string.Join("-", parts.Select((p, i) => i == 0 || !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? p : n.ToString("00", CultureInfo.InvariantCulture)));
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => "text",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    /// <summary>System.Text.Json's message without its own position, which the diagnostic gives as line and column.</summary>
    private static string JsonMessage(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at >= 0 ? message[..at] : message).Trim().TrimEnd('.');
    }

    private sealed class Context(string path, BytePositions positions, DiagnosticBag diagnostics)
    {
        public DiagnosticBag Diagnostics => diagnostics;
        public int Start { get; set; }

        public SourceRef At(Utf8JsonReader reader)
        {
            var (line, column) = positions.At(Start + reader.TokenStartIndex);
            return new SourceRef(path, line, column);
        }

        public void Wrong(Utf8JsonReader reader, string message) =>
            Error(reader, DataCodes.BadCslValue, message, "Export the library again as CSL JSON, or write the value as the CSL-JSON schema does.");

        public void Error(Utf8JsonReader reader, string code, string message, string hint)
        {
            var at = At(reader);
            diagnostics.Error(at.File, at.Line, at.Column, code, message, hint);
        }
    }
}
