package app.cinesync.cli;

import app.cinesync.embedded.EmbeddedDatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar cli/target/cinesync.jar <command>}. */
@Command(name = "cinesync", mixinStandardHelpOptions = true, version = "CineSync 1.0",
        description = "Personalized film recommendations inside Discord.",
        subcommands = {ServeCommand.class, DemoCommand.class, ImportCommand.class, MigrateCommand.class,
                RegisterCommandsCommand.class, EvalCommand.class, TuneCommand.class, TrainCommand.class, FaultRunCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof EmbeddedDatabaseException) { // says what happened and what to do: no stack trace needed
                        command.getErr().println("cinesync: " + e.getMessage());
                        return 1;
                    }
                    throw e;
                })
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
