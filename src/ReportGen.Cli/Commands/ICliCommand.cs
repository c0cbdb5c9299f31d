using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>
/// One command of <c>reportgen</c>. Adding a command is adding a class that makes its <see cref="Command"/>
/// (name, description, options, action returning the exit code) and listing it in
/// <see cref="ReportGenCommandLine.Commands"/>: parsing, help, did-you-mean and completion come with it.
/// </summary>
internal interface ICliCommand
{
    Command Create(CliConsole console);
}
