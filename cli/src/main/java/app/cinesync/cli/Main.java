package app.cinesync.cli;

import app.cinesync.embedded.EmbeddedDatabaseException;
import java.io.IOException;
import java.io.UncheckedIOException;
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
                    if (operators(e)) { // says what happened and what to do: no stack trace needed
                        command.getErr().println("cinesync: " + describe(e));
                        return 1;
                    }
                    throw e;
                })
                .execute(args);
    }

    /**
     * A failure the operator can act on from its message alone: the embedded database's, a file that
     * cannot be read or is not what the command reads, a server that cannot be reached. Anything
     * else is a bug of ours, and its stack trace is what we need.
     */
    static boolean operators(Exception e) {
        return e instanceof EmbeddedDatabaseException || e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                || e instanceof IOException;
    }

    /** The message, and the causes' that add to it ("could not read x.csv: x.csv (No such file or directory)"). */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
            if (!out.toString().contains(m)) {
                out.append(": ").append(m);
            }
        }
        return out.toString();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
