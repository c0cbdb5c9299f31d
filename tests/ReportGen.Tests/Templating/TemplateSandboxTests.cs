using ReportGen.Diagnostics;
using ReportGen.Templating;

namespace ReportGen.Tests.Templating;

/// <summary>
/// A template can read nothing outside the templates folder and reach nothing of .NET beyond the model:
/// every attempt ends in a diagnostic at the template's line and column, and the secret never reaches the output.
/// </summary>
public sealed class TemplateSandboxTests : IDisposable
{
    private const string Secret = "SECRET-7f3a: must never appear in an output";
    private readonly TemplateFolder _templates = new();

    public TemplateSandboxTests()
    {
        // A file beside the templates folder, and a folder beside it with a template of its own.
        File.WriteAllText(Path.Combine(_templates.Root, "secret.txt"), Secret);
        Directory.CreateDirectory(Path.Combine(_templates.Root, "outside"));
        File.WriteAllText(Path.Combine(_templates.Root, "outside", "x.sbn"), Secret);
        _templates.Write("partials/p.sbn", "partial text");
    }

    public void Dispose() => _templates.Dispose();

    [Theory]
    [InlineData("../secret.txt", "points outside the templates folder")]
    [InlineData("../../../../../../../../etc/passwd", "points outside the templates folder")]
    [InlineData("partials/../../secret.txt", "points outside the templates folder")]
    [InlineData("/etc/passwd", "is not allowed")]
    [InlineData(@"..\\secret.txt", "is not allowed")]
    [InlineData("", "is not allowed")]
    public void An_include_that_leaves_the_folder_is_an_error_at_its_line_and_column(string name, string message)
    {
        var (output, diagnostics) = _templates.RenderText($"First line.\n  {{{{ include '{name}' }}}}\n");

        Assert.Null(output);
        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith("templates/t.sbn:2:6: error RG202: include '", diagnostic);
        Assert.Contains(message, diagnostic);
    }

    [Fact]
    public void An_include_of_an_absolute_path_to_a_real_file_is_refused()
    {
        var secret = Path.Combine(_templates.Root, "secret.txt");

        var (output, diagnostics) = _templates.RenderText($"{{{{ include '{secret}' }}}}");

        Assert.Null(output);
        Assert.StartsWith("templates/t.sbn:1:4: error RG202:", Assert.Single(diagnostics));
    }

    [Fact]
    public void A_symbolic_link_to_a_file_outside_is_not_followed()
    {
        File.CreateSymbolicLink(Path.Combine(_templates.Folder, "partials", "link.sbn"), Path.Combine(_templates.Root, "secret.txt"));

        var (output, diagnostics) = _templates.RenderText("{{ include 'partials/link.sbn' }}");

        Assert.Null(output);
        Assert.Equal(
            "templates/t.sbn:1:4: error RG202: include 'partials/link.sbn' points outside the templates folder or through a symbolic link; templates may only include real files inside it.",
            Assert.Single(diagnostics));
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_outside_is_not_followed()
    {
        Directory.CreateSymbolicLink(Path.Combine(_templates.Folder, "shared"), Path.Combine(_templates.Root, "outside"));

        var (output, diagnostics) = _templates.RenderText("{{ include 'shared/x.sbn' }}");

        Assert.Null(output);
        Assert.Contains("through a symbolic link", Assert.Single(diagnostics));
    }

    [Fact]
    public void A_document_that_is_a_symbolic_link_is_not_read()
    {
        Directory.CreateDirectory(Path.Combine(_templates.Folder, "documents"));
        File.CreateSymbolicLink(Path.Combine(_templates.Folder, "documents", "evil.sbn"), Path.Combine(_templates.Root, "secret.txt"));

        var (output, diagnostics) = _templates.Render("documents/evil.sbn");

        Assert.Null(output);
        Assert.StartsWith("templates/documents/evil.sbn: error RG206: the template is a symbolic link", Assert.Single(diagnostics));
    }

    [Fact]
    public void Includes_work_when_the_folder_is_named_with_a_trailing_slash()
    {
        _templates.Write("t.sbn", "{{ include 'partials/p.sbn' }}");
        var bag = new DiagnosticBag();

        var output = new TemplateEngine(_templates.Folder + "/", "templates", TemplateLimits.Default)
            .Render("t.sbn", TemplateFolder.Model(), bag);

        Assert.Empty(bag.Items);
        Assert.Equal("partial text", output);
    }

    [Theory]
    [InlineData("{{ object.eval_template \"{{ include '../secret.txt' }}\" }}")]
    [InlineData("{{ object.eval \"include '../secret.txt'\" }}")]
    [InlineData("{{ x = '../secret.txt'; include x }}")]
    [InlineData("{{ include ('../' + 'secret.txt') }}")]
    public void Evaluating_text_as_a_template_goes_through_the_same_sandbox(string template)
    {
        var (output, diagnostics) = _templates.RenderText(template);

        Assert.Null(output);
        Assert.Contains("points outside the templates folder", Assert.Single(diagnostics));
    }

    /// <summary>
    /// Scriban exposes properties of model objects, never their methods or types. Each of these either prints
    /// nothing of .NET or is an error; none may print a .NET type, assembly or method result.
    /// </summary>
    [Theory]
    [InlineData("{{ review.GetType }}")]
    [InlineData("{{ review.get_type }}")]
    [InlineData("{{ campaigns[0].GetType }}")]
    [InlineData("{{ campaigns[0].get_hash_code }}")]
    [InlineData("{{ campaigns[0].to_string }}")]
    [InlineData("{{ campaigns.GetType.Assembly }}")]
    [InlineData("{{ campaigns[0].source.GetType.Assembly.Location }}")]
    [InlineData("{{ resources[0].authors.get_enumerator }}")]
    [InlineData("{{ methods[0].self_and_descendants }}")]
    [InlineData("{{ object.typeof campaigns[0] }}")]
    [InlineData("{{ import campaigns[0] }}{{ name }}")]
    [InlineData("{{ campaigns[0] | object.to_json }}")]
    public void Model_objects_expose_no_dotnet_members(string template)
    {
        var (output, diagnostics) = _templates.RenderText(template);

        foreach (var leak in new[] { "System", "Scriban", "ReportGen", "Version=", "PublicKeyToken", ".dll" })
        {
            Assert.DoesNotContain(leak, output ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain(leak, string.Join("\n", diagnostics), StringComparison.Ordinal);
        }
        Assert.All(diagnostics, d => Assert.StartsWith("templates/t.sbn:1:", d));
    }
}
