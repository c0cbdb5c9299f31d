using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportGen.Rendering.Gfm;

internal abstract class GithubObjectRenderer<TObject> : MarkdownObjectRenderer<GithubMarkdownRenderer, TObject>
    where TObject : MarkdownObject;
