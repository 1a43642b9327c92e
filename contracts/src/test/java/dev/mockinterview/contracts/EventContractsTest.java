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

    @org.junit.jupiter.api.Test
    void textThatIsNotJsonIsRejected() {
        assertThat(EventContracts.violations("{not json")).singleElement().asString().startsWith("not JSON");
    }
}
