package dev.mockinterview.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event contracts: a CloudEvents 1.0 envelope schema, one data schema per event type and one
 * canonical example per event type, all read from this module's resources.
 */
public final class EventContracts {
    private static final ObjectMapper JSON = new ObjectMapper();
    // Schemas refer to each other by their $id; they are read from this module, never fetched.
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://mockinterview.dev/contracts/",
                    "classpath:contracts/schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /**
     * Checks one serialized event against the envelope schema and the schema of its type.
     *
     * @return the violations, empty when the event honours its contract
     */
    public static List<String> violations(String eventJson) {
        JsonNode event;
        try {
            event = JSON.readTree(eventJson);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        return violations(event);
    }

    /** Checks one event, already parsed, against the envelope schema and the schema of its type. */
    public static List<String> violations(JsonNode event) {
        List<String> violations = new ArrayList<>(validate("cloudevent", event));
        String type = event.path("type").asText();
        if (EventTypes.ALL.contains(type)) {
            violations.addAll(validate(type, event));
        }
        return violations;
    }

    /** The canonical example of an event type, as JSON text. */
    public static String example(String type) {
        return resource("contracts/examples/" + requireKnown(type) + ".json");
    }

    private static List<String> validate(String schemaName, JsonNode event) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(schemaName, name -> FACTORY.getSchema(
                resource("contracts/schemas/" + name + ".schema.json"), CONFIG));
        Set<ValidationMessage> messages = schema.validate(event);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static String requireKnown(String type) {
        if (!EventTypes.ALL.contains(type)) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        return type;
    }

    private static String resource(String path) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing contract resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
