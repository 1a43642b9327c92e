package dev.mockinterview.k8s;

import java.nio.file.Path;

/** Where the tests find the repository, the manifests and the place for their own output. */
final class Repository {
    private Repository() {
    }

    static Path root() {
        return Path.of(System.getProperty("mip.repository", "../..")).toAbsolutePath().normalize();
    }

    static Path manifests() {
        return Path.of(System.getProperty("mip.k8s", ".")).toAbsolutePath().normalize();
    }

    /** Everything the tests write stays under deploy/k8s/target/. */
    static Path output() {
        return Path.of(System.getProperty("mip.rendered", "target/rendered")).toAbsolutePath().normalize();
    }
}
