package dev.mockinterview.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DifficultyTest {
    @Test
    void thePatternAndTheCatalogueSchemaNameTheSameDifficultiesInTheSameOrder() throws IOException {
        assertThat(List.of(Difficulty.PATTERN.split("\\|"))).isEqualTo(Difficulty.LABELS);
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("contracts/schemas/question-version.schema.json")) {
            List<String> schema = new ArrayList<>();
            new ObjectMapper().readTree(in).findValue("difficulty").path("enum")
                    .forEach(label -> schema.add(label.asText()));
            assertThat(schema).isEqualTo(Difficulty.LABELS);
        }
    }
}
