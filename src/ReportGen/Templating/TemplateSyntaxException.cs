using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// A syntax error in a partial, found when <c>include</c> parses it while the including template runs.
/// Its own type lets the engine report it as the syntax error it is (RG201), not as a runtime error.
/// </summary>
internal sealed class TemplateSyntaxException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
