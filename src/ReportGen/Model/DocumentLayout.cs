namespace ReportGen.Model;

/// <summary>How the documents are laid out, from review.csv's <c>layout</c>: for reading, or as journals ask for a submission.</summary>
internal enum DocumentLayout { Draft, Submission }

internal static class DocumentLayouts
{
    public const string Key = "layout";

    /// <summary><c>draft</c> (the default when review.csv has no layout) or <c>submission</c>; null for anything else.</summary>
    public static DocumentLayout? Parse(string value) => value switch
    {
        "draft" => DocumentLayout.Draft,
        "submission" => DocumentLayout.Submission,
        _ => null,
    };

    public static DocumentLayout Of(ReviewInfo info) => Parse(info.Get(Key, "draft")) ?? DocumentLayout.Draft;
}
