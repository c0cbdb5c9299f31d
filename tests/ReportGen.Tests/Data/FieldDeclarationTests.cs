namespace ReportGen.Tests.Data;

/// <summary>fields.csv is checked like every other file, and campaigns.csv's cells are checked by their declared kind.</summary>
public class FieldDeclarationTests
{
    private static string[] LoadWith(string oldText, string newText, string file = "fields.csv")
    {
        using var folder = ReviewCopy.OfData();
        folder.Replace($"data/{file}", oldText, newText);
        return folder.Load().Diagnostics;
    }

    [Fact]
    public void Load_WhenKindIsMisspelt_SuggestsTheNearestKind()
    {
        Assert.Equal(
            ["data/fields.csv:3:17: error RG050: kind 'onne' is not one of 'one', 'several', 'codes', 'guidelines', 'resources', 'text', 'integer', 'decimal', 'year', 'date'; did you mean 'one'?\n" +
             "  hint: data/README.md says what each kind holds: 'one' and 'several' take values from values.csv, 'integer' a whole number, and so on."],
            LoadWith("country,Country,one,", "country,Country,onne,"));
    }

    [Fact]
    public void Load_WhenSourceDoesNotFitTheKind_NamesTheRightList()
    {
        Assert.Equal(
            ["data/fields.csv:3:21: error RG051: a field of kind 'one' takes its values from values.csv, not 'codebook.csv'\n" +
             "  hint: Write 'values.csv' in 'source' (or leave it empty), or change the kind."],
            LoadWith("country,Country,one,values.csv", "country,Country,one,codebook.csv"));
    }

    [Fact]
    public void Load_WhenFieldNameIsNotSnakeCase_ReportsIt()
    {
        var diagnostics = LoadWith("key_message,Key message", "Key Message,Key message");
        Assert.StartsWith("data/fields.csv:13:1: error RG052: field name 'Key Message' must start with a small letter", Assert.Single(diagnostics));
    }

    [Fact]
    public void Load_WhenFieldTakesAReservedName_ReportsIt()
    {
        var diagnostics = LoadWith("provenance,Provenance,text", "methods,Provenance,text");
        Assert.StartsWith("data/fields.csv:14:1: error RG053: 'methods' cannot be the name of a field", Assert.Single(diagnostics));
    }

    [Theory]
    [InlineData("year", "RG054: duration '2009 – 2011' is not a year")]
    [InlineData("decimal", "RG055: duration '2009 – 2011' is not a number")]
    [InlineData("integer", "RG021: duration '2009 – 2011' is not a whole number")]
    [InlineData("date", "RG023: duration '2009 – 2011' is not a date written YYYY-MM-DD")]
    public void Load_WhenACellDoesNotHoldItsDeclaredKind_ReportsTheCell(string kind, string message)
    {
        var diagnostics = LoadWith("duration,Duration,text,", $"duration,Duration,{kind},");
        Assert.Contains(diagnostics, d => d.StartsWith("data/campaigns.csv:2:", StringComparison.Ordinal) && d.Contains("error " + message));
    }

    [Fact]
    public void Load_WhenAColumnIsNotDeclared_WarnsThatItIsIgnored()
    {
        var diagnostics = LoadWith("incentives,Incentives,text,,no,8,,,; incentive: {}\n", "");
        Assert.Contains(diagnostics, d => d.StartsWith("data/campaigns.csv:1:", StringComparison.Ordinal)
            && d.Contains("warning RG011: column 'incentives' is unknown and is ignored"));
        Assert.DoesNotContain(diagnostics, d => d.Contains("error"));
    }

    [Fact]
    public void Load_WhenARequiredFieldHasNoColumn_ReportsTheMissingColumn()
    {
        var diagnostics = LoadWith("purpose,Purpose,text,,yes,4,Purpose,12,\n", "purpose,Purpose,text,,yes,4,Purpose,12,\nsetting,Setting,text,,yes,,,,\n");
        Assert.Contains(diagnostics, d => d.StartsWith("data/campaigns.csv:1:1: error RG010: the required column 'setting' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenAWidthIsNotANumber_ReportsIt()
    {
        var diagnostics = LoadWith("country,Country,one,values.csv,yes,2,Country,8,", "country,Country,one,values.csv,yes,2,Country,\"8\"\" x\",");
        Assert.StartsWith("data/fields.csv:3:", Assert.Single(diagnostics));
        Assert.Contains("error RG055: width '8\" x' is not a positive number", diagnostics[0]);
    }

    [Fact]
    public void Load_WhenValuesNameAFieldOfAnotherKind_SuggestsTheListFields()
    {
        var diagnostics = LoadWith("country,NZ,", "purpose,NZ,", "values.csv");
        Assert.Contains(diagnostics, d => d.Contains("error RG038: field 'purpose' is not one of 'country', 'population', 'duration_type'"));
    }
}
