package dev.mockinterview.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a running local stack's services up: a service that exits is reported and started again after a backoff
 * ({@link RestartPolicy}), while the others keep running; one that keeps crashing is given up and left stopped.
 * Runs until the stack is closed (Ctrl-C).
 */
final class Supervisor {
    private static final Duration POLL = Duration.ofSeconds(2);

    private final LocalStack stack;
    private final RestartPolicy policy;
    private final PrintStream out;
    private final Map<LocalStack.Service, Integer> restarts = new HashMap<>();
    private final Set<LocalStack.Service> givenUp = new HashSet<>();

    Supervisor(LocalStack stack, RestartPolicy policy, PrintStream out) {
        this.stack = stack;
        this.policy = policy;
        this.out = out;
    }

    void superviseUntilClosed() throws InterruptedException {
        while (!stack.isClosed()) {
            for (Map.Entry<LocalStack.Service, JavaProcess> exited : stack.exitedServices().entrySet()) {
                // Closing stops every process: those exits are no crashes.
                if (!givenUp.contains(exited.getKey()) && !stack.isClosed()) {
                    restartOrGiveUp(exited.getKey(), exited.getValue());
                }
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private void restartOrGiveUp(LocalStack.Service service, JavaProcess process) throws InterruptedException {
        int counted = policy.restartsCounted(restarts.getOrDefault(service, 0), process.upFor());
        out.printf("%s exited unexpectedly (exit code %d); see %s%n", service.name(), process.exitCode(),
                process.log());
        Optional<Duration> backoff = policy.backoff(counted);
        if (backoff.isEmpty()) {
            givenUp.add(service);
            out.printf("%s was restarted %d times in a row: leaving it stopped; the other services keep running%n",
                    service.name(), counted);
            return;
        }
        restarts.put(service, counted + 1);
        out.printf("Restarting %s in %d s (restart %d of %d) ...%n", service.name(), backoff.get().toSeconds(),
                counted + 1, policy.maxRestarts());
        Thread.sleep(backoff.get().toMillis());
        try {
            stack.restart(service);
            out.printf("%s is up again: %s%n", service.name(), service.url());
        } catch (IllegalStateException e) {
            // A service that exits while starting is seen as exited in the next round, and counted again.
            if (!stack.isClosed()) {
                out.println(e.getMessage());
            }
        }
    }
}
