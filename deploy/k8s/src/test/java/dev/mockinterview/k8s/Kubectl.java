package dev.mockinterview.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with {@code kubectl kustomize}, which needs no cluster. A missing kubectl fails the test
 * and says what to install: skipping would let broken manifests through.
 */
final class Kubectl {
    static final String MISSING = "kubectl not found, and the Kubernetes manifests cannot be checked without it. "
            + "Install kubectl 1.27 or later (it includes kustomize v5): "
            + "https://kubernetes.io/docs/tasks/tools/ (Debian/Ubuntu: the kubectl package from pkgs.k8s.io), "
            + "or point -Dkubectl=/path/to/kubectl at one.";

    private final Path executable;

    private Kubectl(Path executable) {
        this.executable = executable;
    }

    /** The kubectl named by -Dkubectl, else the first on PATH, else /usr/bin/kubectl or /usr/local/bin/kubectl. */
    static Kubectl find() {
        return find(System.getProperty("kubectl"), System.getenv("PATH"),
                List.of(Path.of("/usr/bin/kubectl"), Path.of("/usr/local/bin/kubectl")));
    }

    static Kubectl find(String explicit, String pathVariable, List<Path> fallbacks) {
        return locate(explicit, pathVariable, fallbacks)
                .map(Kubectl::new)
                .orElseThrow(() -> new AssertionError(MISSING));
    }

    static Optional<Path> locate(String explicit, String pathVariable, List<Path> fallbacks) {
        if (explicit != null && !explicit.isBlank()) {
            Path path = Path.of(explicit);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        if (pathVariable != null) {
            for (String folder : pathVariable.split(File.pathSeparator)) {
                if (!folder.isBlank()) {
                    candidates.add(Path.of(folder, "kubectl"));
                }
            }
        }
        candidates.addAll(fallbacks);
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** The output of {@code kubectl kustomize dir}; stderr goes to {@code errors} so that a failure can show it. */
    String kustomize(Path dir, Path errors) {
        try {
            Files.createDirectories(errors.getParent());
            Process process = new ProcessBuilder(executable.toString(), "kustomize", dir.toString())
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish in 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed with status " + process.exitValue()
                        + ":\n" + Files.readString(errors));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("could not run " + executable + " kustomize " + dir + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + dir, e);
        }
    }
}
