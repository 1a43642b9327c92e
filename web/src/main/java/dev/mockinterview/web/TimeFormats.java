package dev.mockinterview.web;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How pages write instants, in UTC so that every viewer reads the time the server means:
 * {@code {answer.submittedAt.utcDateTime}} gives "2026-11-28 09:25 UTC", {@code .utcTime} gives "09:25:07 UTC".
 * Put the ISO form in a {@code <time datetime>} beside it for machines.
 */
@TemplateExtension
public final class TimeFormats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TimeFormats() {
    }

    public static String utcDateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    public static String utcTime(Instant instant) {
        return TIME.format(instant);
    }
}
