namespace ReportGen.Rendering.Html;

/// <summary>The page's stylesheet: a readable measure on screen, and A4 pages (landscape for wide tables) in print.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { color-scheme: light; }
        body { margin: 0; background: #f4f4f2; color: #1a1a1a; font: 17px/1.55 "DejaVu Serif", "Noto Serif", Georgia, serif; }
        main { max-width: 46rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
        h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 .6em; }
        h1 { font-size: 1.6rem; margin-top: 0; }
        h2 { font-size: 1.3rem; }
        h3 { font-size: 1.1rem; }
        p { margin: 0 0 .9em; hyphens: auto; }
        a { color: #1a4f8b; overflow-wrap: anywhere; }
        figure { margin: 2rem 0; }
        figcaption { font-weight: bold; margin-bottom: .5rem; }
        figure.landscape { width: min(94vw, 84rem); position: relative; left: 50%; transform: translateX(-50%); background: #fff; padding: 1rem 1.5rem; box-sizing: border-box; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
        .table-scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .78rem; line-height: 1.35; }
        thead th { border-top: 2px solid #1a1a1a; border-bottom: 1px solid #1a1a1a; text-align: left; vertical-align: bottom; }
        tbody tr:last-child td { border-bottom: 2px solid #1a1a1a; }
        th, td { padding: .3rem .45rem; vertical-align: top; }
        .table-notes { font-size: .8rem; margin-top: .5rem; }
        .figure-drawing svg { width: 100%; height: auto; }
        figure:not(.table) figcaption { text-align: center; font-weight: normal; margin-top: .5rem; }
        pre.raw-html { white-space: pre-wrap; }
        @media print {
          body { background: none; font-size: 11pt; }
          main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          figure, tr { break-inside: avoid; }
          thead { display: table-header-group; }
          figure.landscape { page: landscape; break-inside: auto; width: auto; left: 0; transform: none; padding: 0; box-shadow: none; }
          a { color: inherit; text-decoration: none; }
        }
        @page { size: A4; margin: 25mm; }
        @page landscape { size: A4 landscape; }
        """;
}
