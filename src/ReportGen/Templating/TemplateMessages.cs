using System.Text.RegularExpressions;

namespace ReportGen.Templating;

/// <summary>
/// Rewords the .NET text that reaches a template error through Scriban ("Argument index must be &lt; 2 (Parameter
/// 'index')", "(Parameter 'whole') Actual value was 0."), so that users read what they did, not the runtime's internals.
/// </summary>
internal static partial class TemplateMessages
{
    [GeneratedRegex(@"^Argument index must be < (\d+) \(Parameter 'index'\)$")]
    private static partial Regex TooManyArguments();

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"\s*Actual value was [^\r\n]*")]
    private static partial Regex ActualValue();

    public static string Clean(string message)
    {
        if (TooManyArguments().Match(message) is { Success: true } tooMany)
            return $"too many arguments: this function takes at most {tooMany.Groups[1].Value}.";
        var cleaned = ActualValue().Replace(ParameterName().Replace(message, ""), "");
        return cleaned.Length > 0 ? cleaned : message;
    }
}
