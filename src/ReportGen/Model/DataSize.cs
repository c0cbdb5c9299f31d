namespace ReportGen.Model;

/// <summary>
/// How much data a review has, as read: the cells of all its tables and the characters of all its files. What a
/// template may do grows with it (Templating/TemplateLimits.For), so that a large review is not taken for a runaway one.
/// </summary>
internal readonly record struct DataSize(long Cells, long Characters)
{
    public static DataSize operator +(DataSize a, DataSize b) => new(a.Cells + b.Cells, a.Characters + b.Characters);
}
