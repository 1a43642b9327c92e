package dev.mockinterview.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The commands behind {@code deploy/local/run} and {@code deploy/local/token}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        Path repository = Path.of(System.getProperty("mip.repository", ".")).toAbsolutePath().normalize();
        Map<String, String> env = System.getenv();
        try {
            StackSettings settings = StackSettings.fromEnvironment(repository, env);
            if (args.length == 1 && args[0].equals("run")) {
                run(settings);
            } else if (args.length == 1 && args[0].equals("check")) {
                LocalStack.open(settings).close();
            } else if (args.length >= 2 && args.length <= 3 && args[0].equals("token")) {
                String role = args[1];
                if (!TokenIssuer.DEMO_SUBJECTS.containsKey(role)) {
                    throw new IllegalArgumentException(
                            "unknown role " + role + "; expected candidate, recruiter or admin");
                }
                String subject = args.length == 3 ? args[2] : TokenIssuer.DEMO_SUBJECTS.getOrDefault(role, role);
                SigningKeys keys = SigningKeys.existing(settings.dataFolder().resolve("keys"));
                System.out.println(new TokenIssuer(keys.privateKey()).token(role, subject));
            } else {
                System.err.println("usage: run | check | token candidate|recruiter|admin [SUBJECT]");
                System.exit(64);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static void run(StackSettings settings) throws InterruptedException, IOException {
        // Embedded PostgreSQL reads the temp folder when its class loads: keep it in the data folder.
        System.setProperty("java.io.tmpdir", Files.createDirectories(settings.dataFolder().resolve("tmp")).toString());
        LocalStack stack = LocalStack.open(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the local stack ...");
            stack.close();
            System.out.println("Stopped.");
        }));
        stack.startAll(System.out);
        System.out.println();
        for (LocalStack.Service service : stack.services()) {
            System.out.printf("%-17s %s   Swagger UI: %s/q/swagger-ui%n", service.name(), service.url(),
                    service.managementUrl());
        }
        System.out.println();
        System.out.println("Start here: " + stack.webUrl() + "   (sign in by picking a role and a name)");
        System.out.println();
        System.out.println("Data and logs: " + stack.dataFolder().toAbsolutePath()
                + "   Tokens: deploy/local/token candidate|recruiter|admin   Stop: Ctrl-C");
        new Supervisor(stack, RestartPolicy.LOCAL, System.out).superviseUntilClosed();
    }
}
