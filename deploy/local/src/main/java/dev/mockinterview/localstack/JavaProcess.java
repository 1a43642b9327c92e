package dev.mockinterview.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child JVM whose output goes to a log file, stopped with SIGTERM and, if it hangs, killed. */
final class JavaProcess {
    private static final Duration GRACE = Duration.ofSeconds(20);

    private final Process process;
    private final Path log;
    private final Instant started = Instant.now();

    private JavaProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static JavaProcess start(String name, List<String> jvmArguments, Map<String, String> environment, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            // Should the parent die without stopping its children (a killed test JVM), they go with it.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            return new JavaProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Runs a JVM to completion, failing with the tail of its log when it exits non-zero. */
    static void run(String name, List<String> jvmArguments, Path log, Duration timeout) {
        JavaProcess child = start(name, jvmArguments, Map.of(), log);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.stop();
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.stop();
            throw new IllegalStateException(name + " interrupted", e);
        }
        if (child.process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + child.process.exitValue()
                    + "; see " + log);
        }
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The time since the process started (for one that has exited, about how long it ran). */
    Duration upFor() {
        return Duration.between(started, Instant.now());
    }

    /** The exit code of a process that has exited. */
    int exitCode() {
        return process.exitValue();
    }

    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
