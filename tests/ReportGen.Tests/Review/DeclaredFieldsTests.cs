using ReportGen.Diagnostics;
using ReportGen.Tests.Build;
using ReportGen.Tests.Templating;

namespace ReportGen.Tests.Reviews;

/// <summary>
/// Issue 15: a review adds charted fields by declaring them in fields.csv, with no change to ReportGen's code. A copy
/// of the shipped data gains one field of every kind; each appears in Table 2 and in its aggregate (a template
/// document added to a copy of the shipped templates reads them as fields.NAME).
/// </summary>
public sealed class DeclaredFieldsTests : IDisposable
{
    private readonly ReviewCopy _data = ReviewCopy.Shipped();
    private readonly ReviewCopy _templates = ReviewCopy.Shipped();

    // Three campaigns carry values; the others leave the new (optional) cells empty.
    private static readonly Dictionary<string, string[]> Charted = new()
    {
        ["setting"] = ["hospital", "community", "hospital"],
        ["tags"] = ["red; blue", "blue", ""],
        ["extra_codes"] = ["pamphlets", "pamphlets; booklets", ""],
        ["extra_guidelines"] = ["acp", "", "acp"],
        ["extra_resources"] = ["cheng2017", "", ""],
        ["note"] = ["Note with GPs", "", ""],
        ["sample_size"] = ["120", "80", "40"],
        ["cost"] = ["2.5", "1.25", ""],
        ["start_year"] = ["2001", "1999", "2010"],
        ["start_date"] = ["2001-03-04", "", "1999-12-31"],
    };

    private static readonly string[] Kinds = ["one", "several", "codes", "guidelines", "resources", "text", "integer", "decimal", "year", "date"];

    public DeclaredFieldsTests()
    {
        var names = Charted.Keys.ToList();
        for (var i = 0; i < names.Count; i++)
            _data.AppendLine("data/fields.csv", $"{names[i]},New {names[i]},{Kinds[i]},,no,{10 + i},Head {i},,");
        var charted = new[] { "ammendolia2004", "cheng2017", "french2013" };
        foreach (var (field, cells) in Charted)
            _data.AddColumn("data/campaigns.csv", field, id => Array.IndexOf(charted, id) is var at and >= 0 ? cells[at] : "");
        foreach (var line in new[] { "setting,hospital,hospital wards,", "setting,community,community clinics,", "tags,red,red,", "tags,blue,blue," })
            _data.AppendLine("data/values.csv", line);
        File.WriteAllText(Path.Combine(_templates.Templates, "documents", "aggregates.sbn"), """
            setting: {{ for g in fields.setting.counts }}{{ g.label }}={{ g.count }} ({{ g.percent }}, rank {{ g.rank }}); {{ end }}
            most setting: {{ fields.setting.most | array.map "id" | array.join "," }}; least setting: {{ fields.setting.least | array.map "id" | array.join "," }}
            tags: {{ for g in fields.tags.counted }}{{ g.id }}={{ g.count }}; {{ end }}
            codes: {{ for m in (counted fields.extra_codes.categories) }}{{ m.id }}={{ m.count }}; {{ end }}subtypes: {{ for s in (counted fields.extra_codes.subtypes) }}{{ s.id }}={{ s.count }}; {{ end }}
            guidelines: {{ for g in fields.extra_guidelines.counted }}{{ g.id }}={{ g.count }}; {{ end }}
            resources: {{ fields.extra_resources.n }}; note: {{ fields.note.n }} filled, {{ fields.note.missing }} empty
            size: n={{ fields.sample_size.n }} min={{ fields.sample_size.min }} median={{ fields.sample_size.median }} max={{ fields.sample_size.max }} sum={{ fields.sample_size.sum }}
            cost: median={{ fields.cost.median }} sum={{ fields.cost.sum }}; year: {{ fields.start_year.min }}-{{ fields.start_year.max }}; date: {{ fields.start_date.first }} to {{ fields.start_date.last }}
            cross: {{ for r in (cross_tab fields.setting fields.tags).rows }}{{ r.id }}:{{ for c in r.cells }}{{ c.id }}={{ c.count }},{{ end }} {{ end }}
            campaign: {{ campaigns[1].setting.label }}, {{ campaigns[1].sample_size }}, {{ campaigns[1].tags | array.map "id" | array.join "+" }}
            """);
    }

    private BuiltReview Build() => BuiltReview.Build(_data.Data, _templates.Templates);

    [Fact]
    public void Build_WithAFieldOfEachKindAdded_ShowsEachInTable2()
    {
        var build = Build();

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var table = build.Text("table2.md");
        for (var i = 0; i < Charted.Count; i++) Assert.Contains($"| Head {i} ", table);
        var row = table.Split('\n').Single(l => l.StartsWith("| Cheng et al. (2017)", StringComparison.Ordinal));
        // The Markdown writer escapes a point after digits ("1\\.25"), which reads back as "1.25".
        Assert.EndsWith(
            "| community clinics | blue | Pamphlets; Booklets |  |  |  | 80 | 1\\.25 | 1999 |  |", row);
        var first = table.Split('\n').Single(l => l.StartsWith("| Ammendolia et al. (2004)", StringComparison.Ordinal));
        Assert.EndsWith(
            "| hospital wards | red; blue | Pamphlets | ACP | Cheng et al. (2017) | Note with GPs | 120 | 2\\.5 | 2001 | 2001-03-04 |", first);
    }

    [Fact]
    public void Build_WithAFieldOfEachKindAdded_GivesEachItsAggregates()
    {
        var text = Build().Text("aggregates.md");

        Assert.Contains("setting: hospital wards=2 (8.3%, rank 1); community clinics=1 (4.2%, rank 2);", text);
        Assert.Contains("most setting: hospital; least setting: community", text);
        Assert.Contains("tags: red=1; blue=2;", text);
        Assert.Contains("codes: educational=2; subtypes: pamphlets=2; booklets=1;", text);
        Assert.Contains("guidelines: acp=2;", text);
        Assert.Contains("resources: 1; note: 1 filled, 23 empty", text);
        Assert.Contains("size: n=3 min=40 median=80 max=120 sum=240", text);
        Assert.Contains("cost: median=1.875 sum=3.75; year: 1999-2010; date: 1999-12-31 to 2001-03-04", text);
        Assert.Contains("cross: hospital:red=1,blue=1, community:red=0,blue=1,", text);
        Assert.Contains("campaign: community clinics, 80, blue", text);
    }

    [Fact]
    public void Build_WithAFieldOfEachKindAdded_CountsThePluralAbbreviationAndChangesNothingElse()
    {
        var build = Build();

        // "GPs" in the new text field is a use of the glossary's GP, not an unknown abbreviation.
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("'GP"));
        Assert.Equal(BuiltReview.Shipped.Text("manuscript.md").Split("## Results")[0], build.Text("manuscript.md").Split("## Results")[0]);
    }

    public void Dispose()
    {
        _data.Dispose();
        _templates.Dispose();
    }
}
