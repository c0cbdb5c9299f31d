using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace ReportGen.Rendering.Gfm.Inlines;

internal sealed class TaskListRenderer : GithubObjectRenderer<TaskList>
{
    protected override void Write(GithubMarkdownRenderer renderer, TaskList task) =>
        renderer.WriteRaw(task.Checked ? "[x]" : "[ ]");
}

/// <summary>GitHub renders "$…$" as math, as our parser reads it.</summary>
internal sealed class MathInlineRenderer : GithubObjectRenderer<MathInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, MathInline math)
    {
        var delimiter = new string('$', Math.Max(1, math.DelimiterCount));
        renderer.WriteRaw(delimiter + math.Content.ToString() + delimiter);
    }
}

/// <summary>An abbreviation found in the text is just that text again.</summary>
internal sealed class AbbreviationInlineRenderer : GithubObjectRenderer<AbbreviationInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, AbbreviationInline abbreviation) =>
        renderer.WriteLiteral(abbreviation.Abbreviation.Label ?? "", '\0', abbreviation.NextSibling is null or LineBreakInline);
}

/// <summary>Inline forms GitHub lacks (inline containers, leftover delimiters) keep their content.</summary>
internal sealed class OtherContainerInlineRenderer : GithubObjectRenderer<ContainerInline>
{
    protected override void Write(GithubMarkdownRenderer renderer, ContainerInline container) =>
        renderer.WriteChildren(container);
}
