package dev.mockinterview.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The metrics deploy/k8s's alerts and dashboard read ({@code deploy/k8s/base/monitoring/metrics.txt}), checked
 * against what a service under test shows on /q/metrics.
 */
public final class ExposedMetrics {
    private static final Pattern SAMPLE_NAME = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ].*");

    private ExposedMetrics() {
    }

    /**
     * The metrics listed for {@code service} that its /q/metrics scrape does not show; the scrape is kept in
     * target/metrics/SERVICE.txt to read when this is not empty.
     */
    public static List<String> missingFrom(String scrape, String service) {
        Set<String> shown = scrape.lines()
                .map(SAMPLE_NAME::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
        try {
            Path kept = Path.of("target", "metrics", service + ".txt");
            Files.createDirectories(kept.getParent());
            Files.writeString(kept, scrape);
            return listedFor(service).stream().filter(name -> !shown.contains(name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The metrics the catalogue says {@code exposer} shows. */
    public static List<String> listedFor(String exposer) {
        try {
            return Files.readAllLines(catalogue()).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .filter(fields -> Arrays.asList(fields).subList(1, fields.length).contains(exposer))
                    .map(fields -> fields[0])
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Tests run in their module's folder, one below the repository's root.
    private static Path catalogue() {
        return Path.of("..", "deploy", "k8s", "base", "monitoring", "metrics.txt");
    }
}
