package dev.mockinterview.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The manifests are checked with kubectl or not at all: without it, the tests fail and say what to install. */
class KubectlTest {

    @Test
    void aMissingKubectlFailsTheTestsSayingWhatToInstallInsteadOfSkippingThem() {
        assertThatThrownBy(() -> Kubectl.find(null, "/nonexistent/bin", List.of(Path.of("/nonexistent/kubectl"))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("kubectl not found")
                .hasMessageContaining("Install kubectl 1.27 or later")
                .hasMessageContaining("-Dkubectl=");
        assertThatThrownBy(() -> Kubectl.find("/nonexistent/kubectl", System.getenv("PATH"), List.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("kubectl not found");
    }

    @Test
    void kubectlIsFoundOnThisMachine() {
        assertThat(Kubectl.find()).isNotNull();
    }
}
