namespace ReportGen.Verification;

/// <summary>The codes of <c>reportgen verify</c> (RG600–RG699), catalogued in DiagnosticCatalogue.txt.</summary>
internal static class VerifyCodes
{
    /// <summary>The manuscript cannot be read: missing, unreadable, or of a format verify does not read.</summary>
    public const string Unreadable = "RG600";
    /// <summary>A number in a generated sentence differs from what the data gives.</summary>
    public const string DiffersFromData = "RG601";
    /// <summary>"x of y (z%)": z is not x/y at its own precision.</summary>
    public const string PercentArithmetic = "RG602";
    /// <summary>The flow counts in the text break a rule the flow diagram obeys.</summary>
    public const string FlowRule = "RG603";
    /// <summary>A percentage rounded more coarsely than the text's other percentages.</summary>
    public const string PercentPrecision = "RG604";
    /// <summary>A citation names no resource of resources.csv.</summary>
    public const string UnknownCitation = "RG605";
    /// <summary>The counts of the categories do not add up to the total the sentence states.</summary>
    public const string CategorySum = "RG606";
    /// <summary>A count n cites fewer distinct works than n, or cites one work twice.</summary>
    public const string CitedFewerThanCounted = "RG607";
    /// <summary>A resource of resources.csv is cited nowhere in the manuscript.</summary>
    public const string UncitedResource = "RG608";
    /// <summary>A count drawn in Figure 1 of a PDF manuscript differs from what the data gives.</summary>
    public const string FigureDiffersFromData = "RG609";
}
