package org.herald.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code herald} command. Exit codes: 0 ok, 1 failure, 2 usage.
 */
@Command(name = "herald", mixinStandardHelpOptions = true, version = "herald 0.1.0",
        description = "Reads news and writes down who did what to whom, where, when and according to whom.",
        subcommands = {
                DemoCommand.class,
                RunCommand.class,
                AnnotateCommand.class,
                EvalCommand.class,
                CodeCommand.class,
                BenchCommand.class,
                TrainCommand.class,
                ActorsCommand.class,
                ExtractCommand.class,
                ExportCommand.class,
                SqlCommand.class,
                WatchCommand.class,
                FuzzCommand.class,
                GazetteerCommand.class,
                QuotesCommand.class,
                ServeCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("herald " + cmd.getCommandName() + ": " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
