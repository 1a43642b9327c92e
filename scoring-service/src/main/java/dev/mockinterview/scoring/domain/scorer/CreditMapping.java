package dev.mockinterview.scoring.domain.scorer;

import dev.mockinterview.scoring.domain.ScoredAnswer.Coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The one mapping from a key point's similarity to its status and to the share of its weight it earns, so that the
 * score and the findings tell the same story: a missing point earns at most a tenth of its weight, a partial one
 * 40 to 60 %, a covered one 90 to 100 %. Within each status the credit still grows with the similarity, so that a
 * closer answer never scores lower.
 * <pre>
 *   similarity  0 .. partialAt        partialAt .. coveredAt       coveredAt .. 1
 *   status      MISSING               PARTIAL                      COVERED
 *   credit      0 .. 0.1              0.4 .. 0.6                   0.9 .. 1
 * </pre>
 * The two cut-offs are fitted on graded answers (deploy/evaluate-scorer --fit) and shipped with the scorer version
 * as a resource.
 */
public record CreditMapping(double partialAt, double coveredAt) {

    public CreditMapping {
        if (!(0 < partialAt && partialAt < coveredAt && coveredAt < 1)) {
            throw new IllegalArgumentException("need 0 < partial-at < covered-at < 1, got " + partialAt + " and "
                    + coveredAt);
        }
    }

    /** The mapping shipped with a scorer version, from {@code /scorer/<version>.properties}. */
    static CreditMapping of(String scorerVersion) {
        String name = "/scorer/" + scorerVersion + ".properties";
        try (InputStream in = CreditMapping.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new CreditMapping(Double.parseDouble(properties.getProperty("partial-at")),
                    Double.parseDouble(properties.getProperty("covered-at")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Coverage status(double similarity) {
        return similarity >= coveredAt ? Coverage.COVERED
                : similarity >= partialAt ? Coverage.PARTIAL : Coverage.MISSING;
    }

    /** The share of the key point's weight it earns, 0 to 1. */
    public double credit(double similarity) {
        double s = Math.max(0, Math.min(1, similarity));
        return switch (status(s)) {
            case COVERED -> 0.9 + 0.1 * (s - coveredAt) / (1 - coveredAt);
            case PARTIAL -> 0.4 + 0.2 * (s - partialAt) / (coveredAt - partialAt);
            case MISSING -> 0.1 * s / partialAt;
        };
    }
}
