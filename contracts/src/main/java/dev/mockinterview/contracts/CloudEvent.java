package dev.mockinterview.contracts;

import java.time.Instant;

/**
 * The CloudEvents 1.0 envelope, structured JSON mode, that every event on every topic travels in.
 *
 * @param <T> the event's data record
 */
public record CloudEvent<T>(String specversion, String id, String source, String type, Instant time,
                            String subject, String datacontenttype, T data) {
    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** The Kafka header content type of a structured CloudEvent. */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static <T> CloudEvent<T> of(String id, String source, String type, Instant time, String subject, T data) {
        return new CloudEvent<>(SPEC_VERSION, id, source, type, time, subject, JSON, data);
    }
}
