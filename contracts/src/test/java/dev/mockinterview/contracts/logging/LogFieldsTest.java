package dev.mockinterview.contracts.logging;

import dev.mockinterview.contracts.EventContracts;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LogFieldsTest {
    private static final String ANSWER = EventContracts.example("answer-submitted");

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void anEventsEnvelopeAndDataIdsAreLogFieldsUntilTheScopeCloses() {
        try (LogFields.Scope ids = LogFields.ofEvent(ANSWER)) {
            assertThat(MDC.getMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "eventId", "5b0e4c8e-2f0a-4c43-9d59-0f7f3b6f2a11",
                    "eventType", "answer-submitted",
                    "eventSubject", "0c6f9f5e-8d1b-4a8e-b3f4-6c1b1f0e7d22",
                    "sessionId", "0c6f9f5e-8d1b-4a8e-b3f4-6c1b1f0e7d22",
                    "answerId", "7d3c2b1a-0f9e-4d8c-a7b6-5e4f3a2b1c0d",
                    "questionId", "idempotent-http-methods"));
        }

        assertThat(MDC.getMap()).isEmpty();
    }

    @Test
    void anAnswersTextAndTheCandidateAreNeverLogFields() {
        try (LogFields.Scope ids = LogFields.ofEvent(ANSWER)) {
            assertThat(MDC.getMap().values()).noneMatch(value -> String.valueOf(value).contains("idempotent because"))
                    .doesNotContain("demo-candidate");
            assertThat(MDC.getMap()).doesNotContainKeys("text", "candidateId");
        }
    }

    @Test
    void aValueThatIsNoPlainIdIsLeftOut() {
        String hostile = "{\"id\": \"a\\nforged log line\", \"type\": \"" + "x".repeat(500) + "\", "
                + "\"data\": {\"sessionId\": 42, \"answerId\": \"ok-1\"}}";

        try (LogFields.Scope ids = LogFields.ofEvent(hostile)) {
            assertThat(MDC.getMap()).containsExactly(Map.entry("answerId", "ok-1"));
        }
    }

    @Test
    void aRecordThatIsNotJsonKeepsWhatWasReadBeforeTheFaultAndThrowsNothing() {
        try (LogFields.Scope ids = LogFields.ofEvent("{\"id\": \"e-1\", \"type\": ")) {
            assertThat(MDC.getMap()).containsExactly(Map.entry("eventId", "e-1"));
        }
        try (LogFields.Scope ids = LogFields.ofEvent(null)) {
            assertThat(MDC.getMap()).isEmpty();
        }
    }

    @Test
    void anIdPathParameterIsNamedAfterItsCollection() {
        try (LogFields.Scope ids = LogFields.ofPath(Map.of("id", "s-1", "position", "2"),
                List.of("api", "v1", "sessions", "s-1", "answers", "2"))) {
            assertThat(MDC.getMap()).containsExactly(Map.entry("sessionId", "s-1"));
        }
        try (LogFields.Scope ids = LogFields.ofPath(Map.of("sessionId", "s-2"),
                List.of("api", "v1", "reports", "s-2"))) {
            assertThat(MDC.getMap()).containsExactly(Map.entry("sessionId", "s-2"));
        }
        assertThat(LogFields.idNameOf("questions")).isEqualTo("questionId");
        assertThat(LogFields.idNameOf("question-banks")).isEqualTo("questionBankId");
    }
}
