package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The root command: only groups the subcommands. */
@Command(name = "hpkg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds and queries a knowledge graph of Chinese health-policy work plans.",
        subcommands = {RebuildCommand.class, ExtractCommand.class, QueryCommand.class, ExportCommand.class, StatsCommand.class,
                EvalCommand.class, ServeCommand.class, PushCommand.class, QueriesCommand.class, SearchCommand.class,
                ReportCommand.class, GenCorpusCommand.class, BenchCommand.class})
public final class HpkgCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line: errors as one-line messages, exceptions mapped to exit codes. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HpkgCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("hpkg " + commandLine.getCommandName() + ": " + message(ex));
            if (ex instanceof org.w3id.hpkg.store.RebuildLock.StoreBusyException) {
                return ExitCodes.STORE_BUSY;
            }
            return ExitCodes.FAILED;
        });
        return cli;
    }

    private static String message(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
