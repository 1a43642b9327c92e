package dev.mockinterview.question.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mockinterview.contracts.refusal.Invalid;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Question banks as text, JSON or YAML: what the bank API reads and writes, and the bank page uploads and
 * downloads, so both hold exactly the same.
 */
@ApplicationScoped
public class BankFiles {
    private final ObjectMapper json;
    private final YAMLMapper yaml = new YAMLMapper();

    BankFiles(ObjectMapper json) {
        this.json = json;
    }

    /** The formats a bank is written in, with their media type and file extension. */
    public enum Format {
        JSON("application/json", "json"), YAML("application/yaml", "yaml");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /** The bank's document tree; refused as invalid, saying where, when the text stops being JSON or YAML. */
    public JsonNode read(String text, Format format) {
        JsonNode tree;
        try {
            tree = (format == Format.YAML ? yaml : json).readTree(text);
        } catch (JsonProcessingException e) {
            throw new Invalid("The bank is not valid " + format + " (line " + e.getLocation().getLineNr() + ").",
                    List.of());
        }
        if (tree == null || tree.isMissingNode()) {
            throw new Invalid("The bank is empty.", List.of());
        }
        return tree;
    }

    /** The bank as text: JSON indented for people, or YAML. */
    public String write(QuestionBank bank, Format format) {
        try {
            return format == Format.YAML ? yaml.writeValueAsString(bank)
                    : json.writerWithDefaultPrettyPrinter().writeValueAsString(bank);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a question bank could not be written as " + format, e);
        }
    }
}
