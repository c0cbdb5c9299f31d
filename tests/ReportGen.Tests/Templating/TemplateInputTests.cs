using System.Text;
using ReportGen.Tests.Templating;

namespace ReportGen.Tests.Templating;

/// <summary>
/// A template's bytes are checked as the data's are (bad UTF-8 and NUL at their line and column), its size is capped,
/// the clock is out of reach, and errors read as ReportGen's words, not .NET's.
/// </summary>
public sealed class TemplateInputTests : IDisposable
{
    private readonly TemplateFolder _templates = new();

    public void Dispose() => _templates.Dispose();

    private (string? Output, string[] Diagnostics) RenderBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_templates.Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return _templates.Render(name);
    }

    [Fact]
    public void Invalid_UTF8_in_a_template_is_an_error_at_its_line_and_column()
    {
        var (output, diagnostics) = RenderBytes("t.sbn", [.. "# Title\n\nab "u8, 0xE9, .. " cd\n"u8]);

        Assert.Null(output);
        Assert.Equal(["templates/t.sbn:3:4: error RG221: the file is not valid UTF-8 text: byte 0xE9 here is not part of a UTF-8 character"],
            diagnostics);
    }

    [Fact]
    public void A_NUL_in_a_template_is_an_error_at_its_line_and_column()
    {
        var (output, diagnostics) = RenderBytes("t.sbn", [.. "# Title\n\n{{ 'é' }}x"u8, 0, .. "y\n"u8]);

        Assert.Null(output);
        Assert.Equal(["templates/t.sbn:3:11: error RG222: the file contains a NUL character (code 0), which a template must not have"],
            diagnostics);
    }

    [Fact]
    public void A_bad_byte_in_an_included_partial_is_reported_in_the_partial()
    {
        RenderBytes("partials/p.sbn", [.. "line one\nline "u8, 0xFF, .. "two\n"u8]);

        var (output, diagnostics) = _templates.RenderText("# T\n\n{{ include 'partials/p.sbn' }}\n");

        Assert.Null(output);
        Assert.Equal(["templates/partials/p.sbn:2:6: error RG221: the file is not valid UTF-8 text: byte 0xFF here is not part of a UTF-8 character"],
            diagnostics);
    }

    [Fact]
    public void A_UTF16_template_is_named_as_such()
    {
        var (_, diagnostics) = RenderBytes("t.sbn", Encoding.Unicode.GetBytes("# Title\n\nSome words.\n"));

        Assert.Equal(["templates/t.sbn:1:1: error RG221: the file is saved as UTF-16 ('Unicode text', without a byte order mark), not as UTF-8"],
            diagnostics);
    }

    [Fact]
    public void A_template_over_one_megabyte_is_refused_without_being_parsed()
    {
        var (output, diagnostics) = _templates.RenderText("# T\n\n" + string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 400_000)));

        Assert.Null(output);
        Assert.Equal(["templates/t.sbn: error RG220: the template is larger than the limit of 1 MB, so it is not read."], diagnostics);
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ date.now | date.to_string '%Y' }}")]
    public void The_clock_is_not_available_to_templates(string use)
    {
        var (output, diagnostics) = _templates.RenderText($"# T\n\n{use}\n");

        Assert.Null(output);
        Assert.Equal(["templates/t.sbn:3:4: error RG202: date.now is not available: it would make each build's outputs differ; use review.date, the date in review.csv."],
            diagnostics);
    }

    [Fact]
    public void Other_date_functions_still_work()
    {
        var (output, diagnostics) = _templates.RenderText("{{ date.parse '2024-02-29' | date.to_string '%Y' }}");

        Assert.Empty(diagnostics);
        Assert.Equal("2024", output);
    }

    [Theory]
    [InlineData("{{ percent 1 2 3 }}", "templates/t.sbn:1:4: error RG202: too many arguments: this function takes at most 2.")]
    [InlineData("{{ cite resources 2 }}", "templates/t.sbn:1:4: error RG202: too many arguments: this function takes at most 1.")]
    [InlineData("{{ percent 1 0 }}", "templates/t.sbn:1:14: error RG202: The whole of a percentage must be greater than zero.")]
    public void Errors_carry_no_dotnet_text(string template, string expected)
    {
        var (_, diagnostics) = _templates.RenderText(template);

        var error = Assert.Single(diagnostics);
        Assert.Equal(expected, error);
        Assert.DoesNotContain("Parameter '", error);
        Assert.DoesNotContain("Actual value", error);
    }
}
