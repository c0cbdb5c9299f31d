using ReportGen.Templating.Functions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Tests.Templating.Functions;

public class ReviewFunctionsTests
{
    private static string Render(string template, object? model = null, ReviewFunctions? functions = null)
    {
        var parsed = Template.Parse(template);
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Messages));
        var context = new TemplateContext();
        context.PushGlobal(functions ?? new ReviewFunctions(Resources.Review));
        if (model is not null)
        {
            var globals = new ScriptObject();
            globals.Import(model);
            context.PushGlobal(globals);
        }
        return parsed.Render(context);
    }

    [Fact]
    public void Functions_AreRegisteredUnderSnakeCaseNames()
    {
        string[] expected =
        [
            "cite", "cite_campaigns", "cite_narrative", "in_reference_order", "join_list", "number", "number_words", "percent", "plural",
            "quantity", "reference_list", "sentence_number",
        ];
        Assert.Equal(expected, new ReviewFunctions(Resources.Review).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{{ percent 18 24 }}", "75%")]
    [InlineData("{{ percent(15, 24) }}", "62.5%")]
    [InlineData("{{ number_words(24, capitalize: true) }}", "Twenty-four")]
    [InlineData("{{ number_words 1000 }}", "one thousand")]
    [InlineData("{{ sentence_number 24 }} campaigns", "Twenty-four campaigns")]
    [InlineData("{{ number 9 }} and {{ number 15 }}", "nine and 15")]
    [InlineData("{{ plural 24 'campaign' }}", "campaigns")]
    [InlineData("{{ plural(1, 'campaign', 'campaigns') }}", "campaign")]
    [InlineData("{{ quantity 3 'campaign' }}", "three campaigns")]
    [InlineData("{{ join_list ['a', 'b', 'c'] }}", "a, b, and c")]
    [InlineData("{{ join_list [] }}", "")]
    [InlineData("{{ cite ['cheng2017', 'ammendolia2004'] }}", "(Ammendolia et al., 2004; Cheng et al., 2017)")]
    [InlineData("{{ cite 'buchbinder2007' }}", "(Buchbinder and Jolley, 2007)")]
    [InlineData("{{ cite [['french2013'], ['french2022', 'french2013']] }}", "(French et al., 2013, 2022)")]
    [InlineData("{{ cite_narrative 'zhao2024' }}", "Zhao et al. (2024)")]
    [InlineData("{{ cite_narrative ['zhao2024', 'wang2018', 'wang2021'] }}", "K. Y. Wang et al. (2018, 2021) and Zhao et al. (2024)")]
    [InlineData("{{ for r in in_reference_order(['zhao2024', 'cheng2017']) }}{{ r.id }} {{ end }}", "cheng2017 zhao2024")]
    [InlineData("{{ reference_list ['schroder2021'] }}", "Schröder, K. (2021). A title.")]
    public void Template_CallsTheFunction(string template, string expected)
    {
        Assert.Equal(expected, MarkdownReader.ParagraphText(Render(template)));
    }

    [Fact]
    public void Cite_AcceptsResourceObjectsFromTheModel()
    {
        var model = new { resources = Resources.Review };

        Assert.Equal("(Schröder, 2021)", MarkdownReader.ParagraphText(Render("{{ cite (resources | array.filter @(do; ret $0.id == 'schroder2021'; end)) }}", model)));
    }

    [Fact]
    public void Cite_MarkupInAuthorNames_StaysText()
    {
        var functions = new ReviewFunctions([Resources.Make("arksey2005", "Arksey, H.; O'Malley_*, L.", 2005)]);

        var markdown = Render("See {{ cite 'arksey2005' }} and {{ cite_narrative 'arksey2005' }}.", functions: functions);

        Assert.Equal("See (Arksey and O'Malley_*, 2005) and Arksey and O'Malley_* (2005).", MarkdownReader.ParagraphText(markdown));
    }

    [Fact]
    public void ReferenceList_WithoutArguments_ListsEveryResource()
    {
        var paragraphs = Render("{{ reference_list }}").Split("\n\n");

        Assert.Equal(Resources.Review.Count, paragraphs.Length);
    }

    [Fact]
    public void Cite_UnknownId_IsAScriptErrorAtTheCall()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render("text\n{{ cite 'nobody2020' }}"));

        Assert.Contains("nobody2020", error.Message);
        Assert.Equal(1, error.Span.Start.Line);
    }

    [Fact]
    public void Percent_OfZeroWhole_IsAScriptError()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render("{{ percent 1 0 }}"));

        Assert.Contains("greater than zero", error.Message);
    }
}
