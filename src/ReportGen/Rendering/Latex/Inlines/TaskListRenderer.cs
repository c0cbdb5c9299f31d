using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace ReportGen.Rendering.Latex.Inlines;

internal sealed class TaskListRenderer : MarkdownObjectRenderer<LatexRenderer, TaskList>
{
    protected override void Write(LatexRenderer renderer, TaskList task) =>
        renderer.WriteText(task.Checked ? "[x]" : "[ ]", task.Line, task.Column);
}
