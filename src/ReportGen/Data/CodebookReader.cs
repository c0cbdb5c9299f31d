using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Data;

/// <summary>The codebook's ids and, for each code that has sub-codes, its children in order.</summary>
internal sealed record CodebookIds(KeyRegistry Codes, IReadOnlyDictionary<string, IReadOnlyList<string>> Children);

/// <summary>Reads codebook.csv and checks that parents exist and do not loop.</summary>
internal static class CodebookReader
{
    public static (IReadOnlyList<Code> Codes, CodebookIds Ids) Read(BoundTable? table, DiagnosticBag diagnostics)
    {
        var registry = new KeyRegistry(Schemas.Codebook.FileName, "code", table is { DefinesAllIds: true });
        var codes = new List<Code>();
        var parentCells = new Dictionary<string, (DataRow Row, CsvCell Cell)>();
        if (table is null) return (codes, new CodebookIds(registry, new Dictionary<string, IReadOnlyList<string>>()));

        foreach (var row in table.Rows(diagnostics))
        {
            if (!row.IsWellFormed)
            {
                registry.AddQuietly(row.Optional("code"), row.Line);
                continue;
            }
            var id = row.Required("code");
            var label = row.Required("label");
            if (id is null || !registry.Add(id, row, row.Cell("code")) || label is null) continue;
            var parent = row.Optional("parent");
            var tableLabel = row.Optional("table_label");
            codes.Add(new Code(id, parent.Length == 0 ? null : parent, label, tableLabel.Length == 0 ? label : tableLabel,
                codes.Count, row.Source)
            {
                Wording = Wording.Of(label, row.Optional("label_singular"), row.Optional("label_plural")),
                Description = row.Optional("description"),
            });
            if (parent.Length > 0) parentCells[id] = (row, row.Cell("parent"));
        }

        foreach (var code in codes.Where(c => c.ParentId is not null))
        {
            var (row, cell) = parentCells[code.Id];
            References.Check(row, cell, code.ParentId!, registry, DataCodes.UnknownParent);
        }
        ReportCycles(codes, parentCells);

        var children = codes.Where(c => c.ParentId is not null)
            .GroupBy(c => c.ParentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.Id)], StringComparer.Ordinal);
        return (codes, new CodebookIds(registry, children));
    }

    /// <summary>Reports each loop of parents once, at the loop's first code in file order.</summary>
    private static void ReportCycles(List<Code> codes, Dictionary<string, (DataRow Row, CsvCell Cell)> parentCells)
    {
        var parentOf = codes.Where(c => c.ParentId is not null).ToDictionary(c => c.Id, c => c.ParentId!, StringComparer.Ordinal);
        var order = codes.ToDictionary(c => c.Id, c => c.Order, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var loop = new List<string> { code.Id };
            var current = code.Id;
            while (parentOf.TryGetValue(current, out var parent) && loop.Count <= codes.Count)
            {
                if (parent == code.Id)
                {
                    if (loop.All(member => order[member] >= code.Order))
                    {
                        var (row, cell) = parentCells[code.Id];
                        var path = string.Join(" → ", loop.Append(code.Id).Select(id => $"'{id}'"));
                        row.Error(cell, DataCodes.CodebookCycle, $"the parents of these codes go round in a circle: {path}",
                            "A method (a code with an empty 'parent') must be at the top of every chain of parents; empty the 'parent' of one of these codes or correct it.");
                    }
                    break;
                }
                if (loop.Contains(parent)) break;
                loop.Add(parent);
                current = parent;
            }
        }
    }
}
