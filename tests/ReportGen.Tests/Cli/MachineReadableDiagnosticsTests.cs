using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ReportGen.Tests.Cli;

/// <summary>
/// <c>--diagnostics json</c> and <c>--diagnostics sarif</c> on real runs, validated against their schemas: the
/// JSON line schema in TestFiles/Schemas, and the published SARIF 2.1.0 schema (schemastore's
/// sarif-2.1.0-rtm.5.json, as Microsoft's SARIF SDK ships it).
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class MachineReadableDiagnosticsTests
{
    private static string SchemaFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestFiles", "Schemas", name);

    private static readonly Lazy<JsonSchema> LineSchema = new(() =>
        JsonSchema.FromText(File.ReadAllText(SchemaFile("reportgen-diagnostic.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>
    /// The SARIF schema is draft-04, which JsonSchema.Net no longer evaluates. Every keyword it uses (type,
    /// properties, additionalProperties, required, items, enum, minItems, uniqueItems, minimum, maximum, pattern,
    /// format, oneOf, anyOf, $ref, definitions) means the same in draft-07, so it is evaluated as draft-07.
    /// </summary>
    private static readonly Lazy<JsonSchema> SarifSchema = new(() =>
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaFile("sarif-2.1.0-rtm.5.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)schema["$schema"]);
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    private static void AssertValid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        Assert.True(result.IsValid, "not valid against its schema:\n" + string.Join('\n', errors) + "\n" + json);
    }

    [Fact]
    public void Json_writes_one_valid_object_per_diagnostic_on_stdout_and_the_count_on_stderr()
    {
        using var workspace = ReviewCopy.Shipped();
        workspace.Replace("data/campaigns.csv", "schroder2021,schroder2021,SWE,", "schroder2021,schroder2021,SE,");
        File.Delete(workspace.PathOf("data/guidelines.csv"));

        var result = workspace.Run("check", "--diagnostics", "json");

        Assert.Equal((1, "2 error(s); nothing was written.\n"), (result.ExitCode, result.Stderr));
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => AssertValid(LineSchema.Value, line));
        Assert.Equal("""{"file":"data/campaigns.csv","line":25,"column":27,"severity":"error","code":"RG035","message":"country 'SE' is not in values.csv; did you mean 'SWE'?","hint":"Use one of the country ids in values.csv (CA, AUS, USA, UK, NLD, SWE), or add 'SE' to values.csv."}""",
            lines[0]);
        // A diagnostic about a whole file has no line or column.
        var missing = JsonNode.Parse(lines[1])!;
        Assert.Equal(("data/guidelines.csv", "RG001", null), ((string?)missing["file"], (string?)missing["code"], missing["line"]));
    }

    [Fact]
    public void Json_with_verbose_includes_the_skipped_checks_as_info_and_the_summary_goes_to_stderr()
    {
        using var workspace = ReviewCopy.Shipped();

        var result = workspace.Run("check", "--verbose", "--diagnostics", "json");

        Assert.Equal((0, "26 resources, 24 campaigns: checked; nothing written.\n"), (result.ExitCode, result.Stderr));
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(16, lines.Length);
        Assert.All(lines, line =>
        {
            AssertValid(LineSchema.Value, line);
            Assert.Equal("info", (string?)JsonNode.Parse(line)!["severity"]);
        });
    }

    [Fact]
    public void Sarif_is_a_valid_sarif_2_1_0_log_with_a_rule_per_code_from_the_catalogue()
    {
        using var workspace = ReviewCopy.Shipped();
        workspace.Replace("data/flow.csv", "total_studies.html,24", "total_studies.html,25");
        workspace.Replace("templates/partials/methods.sbn", "{{ review.pilot_papers }}", "{{ review.pilot_paper }}");

        var result = workspace.Run("check", "--prisma-warnings", "--diagnostics", "sarif");

        Assert.Equal((1, "1 error(s); nothing was written.\n"), (result.ExitCode, result.Stderr));
        AssertValid(SarifSchema.Value, result.Stdout);
        var run = JsonNode.Parse(result.Stdout)!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        // The total no longer matches the campaigns (RG057) nor the studies it sums (RG121).
        Assert.Equal(["RG057", "RG121", "RG202"], rules.Select(r => (string?)r!["id"]));
        Assert.Equal("Total studies do not add up", (string?)rules[1]!["shortDescription"]!["text"]);
        Assert.Equal("error", (string?)rules[2]!["defaultConfiguration"]!["level"]);
        var results = run["results"]!.AsArray();
        Assert.Equal([("RG057", "warning", 0), ("RG121", "warning", 1), ("RG202", "error", 2)],
            results.Select(r => ((string?)r!["ruleId"], (string?)r["level"], (int)r["ruleIndex"]!)));
        var location = results[1]!["locations"]![0]!["physicalLocation"]!;
        Assert.Equal(("data/flow.csv", 29, 146),
            ((string?)location["artifactLocation"]!["uri"], (int)location["region"]!["startLine"]!, (int)location["region"]!["startColumn"]!));
        Assert.StartsWith("total_studies (line 29) is 25, but new_studies (line 27) = 24.\nHint: ", (string?)results[1]!["message"]!["text"]);
        Assert.Equal("templates/partials/methods.sbn", (string?)results[2]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.False((bool)run["invocations"]![0]!["executionSuccessful"]!);
    }

    [Fact]
    public void Sarif_of_a_clean_check_is_valid_and_empty()
    {
        using var workspace = ReviewCopy.Shipped();

        var result = workspace.Run("check", "--diagnostics", "sarif");

        Assert.Equal((0, "26 resources, 24 campaigns: checked; nothing written.\n"), (result.ExitCode, result.Stderr));
        AssertValid(SarifSchema.Value, result.Stdout);
        Assert.Empty(JsonNode.Parse(result.Stdout)!["runs"]![0]!["results"]!.AsArray());
    }

    [Theory]
    [InlineData("data/campaigns.csv", "data/campaigns.csv")]
    [InlineData("my data/a b.csv", "my%20data/a%20b.csv")]
    [InlineData("/tmp/fonts/x.ttf", "file:///tmp/fonts/x.ttf")]
    public void Sarif_locations_are_uri_references(string path, string uri)
    {
        Assert.Equal(uri, ReportGen.Cli.Output.SarifLog.Uri(path));
    }
}
