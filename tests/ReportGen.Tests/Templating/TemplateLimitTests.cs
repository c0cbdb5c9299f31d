using ReportGen.Templating;

namespace ReportGen.Tests.Templating;

/// <summary>
/// A hostile or mistaken template ends in bounded time with one error at the template's own line and column.
/// Small limits keep each case fast; the defaults are the same code with larger numbers (templates/README.md).
/// </summary>
public sealed class TemplateLimitTests : IDisposable
{
    private static readonly TemplateLimits Small = new()
    {
        LoopIterations = 1000,
        RecursionDepth = 64,
        OutputCharacters = 10_000,
        StringCharacters = 10_000,
        Time = TimeSpan.FromSeconds(0.5),
        RegexTime = TimeSpan.FromSeconds(0.1),
    };

    private readonly TemplateFolder _templates = new();

    public void Dispose() => _templates.Dispose();

    private string SingleError(string template, TemplateLimits? limits = null)
    {
        var (output, diagnostics) = _templates.RenderText(template, limits ?? Small);
        Assert.Null(output);
        return Assert.Single(diagnostics);
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop()
    {
        Assert.Equal("templates/t.sbn:2:4: error RG203: Exceeding number of iteration limit `1000` for loop statement.",
            SingleError("Intro\n{{ while true; end }}"));
    }

    [Fact]
    public void Nested_loops_count_every_turn_of_the_inner_loop()
    {
        // 1000 × 1000 turns would each be within the limit on its own; the inner loop's turns add up.
        Assert.Equal("templates/t.sbn:1:26: error RG203: Exceeding number of iteration limit `1000` for loop statement.",
            SingleError("{{ for i in 1..1000 }}{{ for j in 1..1000 }}{{ end }}{{ end }}"));
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursive_call()
    {
        Assert.Equal("templates/t.sbn:2:3: error RG203: Exceeding number of recursive depth limit `16` for node: `f`",
            SingleError("{{ func f\n  f\nend\nf }}", Small with { RecursionDepth = 16 }));
    }

    [Fact]
    public void Recursion_that_branches_stops_at_the_time_limit()
    {
        // 2^60 calls, never deeper than 60: only the clock stops it, at whichever statement of the function runs then.
        Assert.Matches(@"^templates/t\.sbn:(2:3|3:5|4:5): error RG203: the template ran past its time limit of 0\.5 seconds and was stopped\.$",
            SingleError("{{ func f(n)\n  if n > 0\n    f(n - 1)\n    f(n - 1)\n  end\nend\nf 60 }}"));
    }

    /// <summary>Regression: Scriban's default printed the first characters and "..." with no error, a silently shortened document.</summary>
    [Fact]
    public void A_string_that_doubles_in_a_loop_is_an_error_not_cut_short()
    {
        Assert.Equal("templates/t.sbn:3:7: error RG203: String conversion reaches LimitToString `10000`.",
            SingleError("{{ s = 'ab'\nfor i in 1..30\n  s = s + s\nend\ns }}"));
    }

    [Theory]
    [InlineData("{{ 'a' * 100000000 }}", "templates/t.sbn:1:10: error RG203: String multiplication exceeds LimitToString `10000`.")]
    [InlineData("{{ '' | string.pad_left 100000000 }}", "templates/t.sbn:1:25: error RG203: Padding width `100000000` exceeds the configured LimitToString `10000`.")]
    [InlineData("{{ for i in 1..2000000000; end }}", "templates/t.sbn:1:14: error RG203: Range expression exceeds LoopLimit `1000`.")]
    public void One_huge_value_is_refused_where_it_is_made(string template, string expected)
    {
        Assert.Equal(expected, SingleError(template));
    }

    [Fact]
    public void Output_beyond_the_limit_is_an_error_not_a_shortened_document()
    {
        Assert.Equal("templates/t.sbn:1:23: error RG203: Rendered output exceeds OutputLimit `10000`.",
            SingleError("{{ for i in 1..1000 }}0123456789ABCDEF{{ end }}"));
    }

    /// <summary>
    /// Regression: Scriban's list functions return lazy lists that wrap their input; applied to their own result in a
    /// loop they nested 100,000 deep, and reading the list overflowed the stack, which killed the whole process.
    /// </summary>
    [Theory]
    [InlineData("{{ y = [1, 2]\nfor i in 1..100000\n  y = y | array.reverse\nend\ny.size }}")]
    [InlineData("{{ y = []\nfor i in 1..100000\n  y = y | array.add_range [1]\nend\ny.size }}")]
    [InlineData("{{ y = [1]\nfor i in 1..100000\n  y = y | array.concat [1]\nend\ny.size }}")]
    [InlineData("{{ y = [1, 2]\nfor i in 1..100000\n  y = y | array.offset 0\nend\ny.size }}")]
    public void A_list_rebuilt_in_a_loop_stops_at_the_loop_limit_instead_of_overflowing_the_stack(string template)
    {
        Assert.Equal("templates/t.sbn:3:11: error RG203: Exceeding number of iteration limit `100000` for internal iteration.",
            SingleError(template, TemplateLimits.Default));
    }

    [Fact]
    public void A_list_that_doubles_stops_at_the_loop_limit()
    {
        Assert.Equal("templates/t.sbn:3:11: error RG203: Exceeding number of iteration limit `1000` for internal iteration.",
            SingleError("{{ y = [1]\nfor i in 1..40\n  y = y | array.concat y\nend\ny.size }}"));
    }

    [Fact]
    public void Lists_made_by_list_functions_still_work_as_lists()
    {
        var (output, diagnostics) = _templates.RenderText(
            "{{ r = (1..5) | array.reverse }}{{ for i in r }}{{ i }}{{ end }} {{ r.size }} {{ r[0] }} {{ (1..3) | array.add_range [9] | array.size }}", Small);

        Assert.Empty(diagnostics);
        Assert.Equal("54321 5 5 4", output);
    }

    [Fact]
    public void A_regular_expression_that_backtracks_for_ever_stops_at_the_regex_time_limit()
    {
        var error = SingleError("{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a+)+$' }}");

        Assert.StartsWith("templates/t.sbn:1:60: error RG202: The Regex engine has timed out", error);
    }

    [Fact]
    public void An_unknown_function_is_an_error_at_its_name()
    {
        Assert.Equal("templates/t.sbn:2:9: error RG202: The variable or function `frobnicate` was not found",
            SingleError("Intro\nText {{ frobnicate 3 }}"));
    }

    [Fact]
    public void An_if_without_end_is_a_syntax_error()
    {
        Assert.StartsWith("templates/t.sbn:1:14: error RG201: Error while parsing if statement: The <end> statement was not found",
            SingleError("{{ if true }}no end"));
    }

    /// <summary>Regression: Scriban gives an error at the end of the text no position, and it was printed with no line.</summary>
    [Theory]
    [InlineData("Intro\n{{ x = 1 +", "templates/t.sbn:2:11: error RG201: Error while parsing binary expression")]
    public void A_syntax_error_at_the_end_of_the_text_is_placed_at_the_end(string template, string expected)
    {
        Assert.StartsWith(expected, SingleError(template));
    }

    [Fact]
    public void Nesting_deeper_than_the_parser_allows_is_a_syntax_error_not_a_crash()
    {
        var template = "{{ " + new string('(', 20_000) + "1" + new string(')', 20_000) + " }}";

        Assert.StartsWith("templates/t.sbn:1:252: error RG201: The statement depth limit `250` was reached",
            SingleError(template));
    }
}
