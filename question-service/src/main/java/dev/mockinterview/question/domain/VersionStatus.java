package dev.mockinterview.question.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The life of a question version: drafted, published as the current version, or retired. */
public enum VersionStatus {
    DRAFT, PUBLISHED, RETIRED;

    /** The name in JSON and in the database. */
    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter implements AttributeConverter<VersionStatus, String> {
        @Override
        public String convertToDatabaseColumn(VersionStatus status) {
            return status.label();
        }

        @Override
        public VersionStatus convertToEntityAttribute(String label) {
            return VersionStatus.valueOf(label.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
