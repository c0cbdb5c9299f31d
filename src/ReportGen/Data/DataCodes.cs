namespace ReportGen.Data;

/// <summary>The diagnostic codes of reading and checking the data folder (RG001–RG049, RG050–RG058 for the declared fields, RG060–RG067 for references, RG080–RG099 for the files themselves).</summary>
internal static class DataCodes
{
    public const string MissingFile = "RG001";
    public const string FileTooLarge = "RG002";
    public const string NotUtf8 = "RG003";
    public const string NulCharacter = "RG004";
    public const string UnterminatedQuote = "RG005";
    public const string BadQuote = "RG006";
    public const string FieldCount = "RG007";
    public const string TooManyRows = "RG008";
    public const string CellTooLong = "RG009";
    public const string MissingColumn = "RG010";
    public const string UnknownColumn = "RG011";
    public const string DuplicateColumn = "RG012";
    public const string EmptyFile = "RG013";
    public const string EmptyCell = "RG020";
    public const string NotWholeNumber = "RG021";
    public const string NotYesNo = "RG022";
    public const string BadDate = "RG023";
    public const string BadLayout = "RG503";
    public const string BadId = "RG024";
    public const string BadAuthor = "RG025";
    public const string DuplicateId = "RG030";
    public const string UnknownResource = "RG031";
    public const string UnknownCode = "RG032";
    public const string CodeNotLeaf = "RG033";
    public const string UnknownGuideline = "RG034";
    public const string UnknownValue = "RG035";
    public const string UnknownParent = "RG036";
    public const string CodebookCycle = "RG037";
    public const string UnknownValueField = "RG038";
    public const string UnusedResource = "RG040";
    public const string RepeatedValue = "RG041";

    // fields.csv and the cells it declares (RG050–RG079).
    public const string UnknownFieldKind = "RG050";
    public const string WrongFieldSource = "RG051";
    public const string BadFieldName = "RG052";
    public const string ReservedFieldName = "RG053";
    public const string NotYear = "RG054";
    public const string NotDecimal = "RG055";
    public const string SharedTableHeader = "RG056";
    public const string StudiesNotCampaigns = "RG057";
    public const string ReportsNotResources = "RG058";

    // References: resources.csv's structured fields, resources.json (CSL-JSON) and review.csv's citation_style (RG060–RG079).
    public const string UnknownReferenceType = "RG060";
    public const string BadDoi = "RG061";
    public const string BadUrl = "RG062";
    public const string IncompleteReference = "RG063";
    public const string UnknownCitationStyle = "RG064";
    public const string TwoResourceFiles = "RG065";
    public const string BadJson = "RG066";
    public const string BadCslValue = "RG067";

    // The files themselves (RG080–RG099).
    public const string OutsideDataFolder = "RG080";
    public const string NotRegularFile = "RG081";
    public const string NoRows = "RG082";
    public const string OnlySeparators = "RG083";

    // The wording the data gives the text (RG084–RG089).
    public const string GuidelineAbbreviationUnknown = "RG084";
    public const string ExpansionNotInName = "RG085";
    public const string UnknownInferredField = "RG086";
    public const string BadMarkInferred = "RG087";
}
