package dev.mockinterview.contracts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

class EventContractsTest {
    static final java.util.List<String> TYPES = EventTypes.ALL;

    @ParameterizedTest
    @FieldSource("TYPES")
    void everyCanonicalExampleHonoursItsSchema(String type) {
        assertThat(EventContracts.violations(EventContracts.example(type))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void anEventWithoutDataIsRejected(String type) {
        String withoutData = EventContracts.example(type).replaceFirst("\"data\"", "\"payload\"");

        assertThat(EventContracts.violations(withoutData)).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void aDataFieldOfTheWrongTypeIsRejected(String type) {
        String broken = EventContracts.example(type)
                .replaceFirst("\"(questionId|sessionId)\": \"[^\"]*\"", "\"$1\": 42");

        assertThat(EventContracts.violations(broken)).isNotEmpty();
    }

    // Every session before assessments, and every practice session since, is published without one.
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {EventTypes.ANSWER_SUBMITTED, EventTypes.SESSION_COMPLETED})
    void aSessionEventWithoutAnAssessmentIsPracticeAndStillHonoursItsSchema(String type) {
        String practice = EventContracts.example(type).replaceFirst(",\\s*\"assessment\": \\{[^}]*}", "");

        assertThat(practice).doesNotContain("assessment");
        assertThat(EventContracts.violations(practice)).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {EventTypes.ANSWER_SUBMITTED, EventTypes.SESSION_COMPLETED})
    void anAssessmentWithoutItsOwnerIsRejected(String type) {
        String ownerless = EventContracts.example(type).replaceFirst("\\s*\"ownerId\": \"[^\"]*\",", "");

        assertThat(ownerless).doesNotContain("ownerId");
        assertThat(EventContracts.violations(ownerless)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void textThatIsNotJsonIsRejected() {
        assertThat(EventContracts.violations("{not json")).singleElement().asString().startsWith("not JSON");
    }
}
