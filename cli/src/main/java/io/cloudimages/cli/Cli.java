package io.cloudimages.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;

/** Builds the command line and turns every way a run can end into an exit code and one line. */
final class Cli {

    private Cli() {
    }

    /** Runs the command with these arguments and answers its exit code; see {@link ExitCode}. */
    static int execute(CliEnvironment environment, String... args) {
        CommandLine commandLine = commandLine(environment);
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (Error error) {
            // picocli hands only Exceptions to the handler; an Error (out of memory, stack overflow) would
            // leave the JVM as a raw trace. What held the memory is unreachable by now, so reporting is safe.
            RootCommand root = commandLine.getCommand();
            exitCode = Failure.of(error).report(environment.err(), root.verbose());
        }
        environment.out().flush();
        environment.err().flush();
        if (environment.out().checkError()) {
            exitCode = StdoutFailure.report(environment, exitCode);
            environment.err().flush();
        }
        return exitCode;
    }

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new RootCommand(environment));
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setUsageHelpWidth(100);
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setExecutionExceptionHandler((error, failed, parseResult) -> {
            if (error instanceof StdoutFailure) {
                // reported once the streams are flushed, in execute
                return ExitCode.OK;
            }
            RootCommand root = (RootCommand) failed.getCommandSpec().root().userObject();
            return Failure.of(error, root.onlyRegion()).report(environment.err(), root.verbose());
        });
        return commandLine;
    }

    private static int usageError(ParameterException error, String[] args) {
        CommandLine failed = error.getCommandLine();
        StringBuilder line = new StringBuilder(Failure.PREFIX).append(Failure.oneLine(error.getMessage()));
        if (error instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append("; did you mean ").append(String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))).append('?');
            }
        }
        line.append(" (see: ").append(failed.getCommandSpec().qualifiedName()).append(" --help)");
        failed.getErr().println(line);
        return ExitCode.USAGE;
    }
}
