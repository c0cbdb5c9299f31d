using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen completion bash|zsh</c> prints a script that hands tab completion to System.CommandLine's own
/// <c>[suggest]</c> directive, so commands, options and values complete from the same definitions as parsing.
/// </summary>
internal sealed class CompletionCommand : ICliCommand
{
    private const string BashScript = """
        # reportgen tab completion for bash. Load it with: source <(reportgen completion bash)
        _reportgen_complete() {
          local IFS=$'\n'
          COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _reportgen_complete reportgen
        """;

    private const string ZshScript = """
        # reportgen tab completion for zsh. Load it with: source <(reportgen completion zsh)
        _reportgen_complete() {
          local -a suggestions
          suggestions=("${(@f)$("${words[1]}" "[suggest:${#BUFFER}]" "${BUFFER}" 2>/dev/null)}")
          compadd -a suggestions
        }
        compdef _reportgen_complete reportgen
        """;

    public Command Create(CliConsole console)
    {
        var shell = new Argument<string>("shell") { Description = "bash or zsh", HelpName = "SHELL" };
        shell.AcceptOnlyFromAmong("bash", "zsh");
        var command = new Command("completion", "Print a shell script that completes reportgen's commands and options on Tab.")
        {
            shell,
        };
        command.SetAction(result =>
        {
            console.Out.WriteLine(result.GetValue(shell) == "zsh" ? ZshScript : BashScript);
            return ExitCodes.Success;
        });
        return command;
    }
}
