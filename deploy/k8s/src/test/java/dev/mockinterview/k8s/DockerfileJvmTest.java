package dev.mockinterview.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every service's JVM image follows the Quarkus layout and fits the Deployment that runs it. */
class DockerfileJvmTest {

    static Stream<ServiceModule> services() {
        return ServiceModule.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceHasAJvmImageOnTheUbiOpenJdkRuntimeThatRunsAsNonRootOnItsPort(ServiceModule service)
            throws IOException {
        Path dockerfile = service.folder().resolve("src/main/docker/Dockerfile.jvm");
        assertThat(dockerfile).isRegularFile();
        List<String> instructions = Files.readAllLines(dockerfile).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();

        assertThat(instructions).filteredOn(line -> line.startsWith("FROM ")).singleElement().asString()
                .matches("FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:[0-9][0-9.]*");
        assertThat(instructions).contains(
                "COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/",
                "EXPOSE " + service.httpPort(),
                "USER 185");
        // The Deployment runs the image with the port the service listens on and as the image's user.
        for (String overlay : RenderedOverlay.names()) {
            var deployment = RenderedOverlay.of(overlay).deployments().stream()
                    .filter(d -> d.getMetadata().getName().equals(service.name())).findFirst().orElseThrow();
            assertThat(EveryOverlayTest.mainContainer(deployment).getPorts())
                    .anySatisfy(port -> assertThat(port.getContainerPort()).isEqualTo(service.httpPort()));
            assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
                    .isEqualTo(185L);
        }
    }
}
