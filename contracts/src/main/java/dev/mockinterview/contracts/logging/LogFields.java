package dev.mockinterview.contracts.logging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.jboss.logging.MDC;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids every log line of a request or an event carries as fields (the MDC, which the production profile's JSON
 * log lines show under {@code mdc}): the event's id, type and subject, and the session, answer and question ids.
 * Only ids go in: never an answer's text, a token or any other value of a request or an event.
 */
public final class LogFields {
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_SUBJECT = "eventSubject";
    public static final String SESSION_ID = "sessionId";
    public static final String ANSWER_ID = "answerId";
    public static final String QUESTION_ID = "questionId";

    /** The data fields of an event that are ids worth a log field; everything else in data is left unread. */
    private static final Set<String> DATA_IDS = Set.of(SESSION_ID, ANSWER_ID, QUESTION_ID);
    private static final Map<String, String> ENVELOPE_IDS = Map.of("id", EVENT_ID, "type", EVENT_TYPE,
            "subject", EVENT_SUBJECT);
    // Ids are short and plain; anything else (a hostile or broken record) stays out of the logs.
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
    private static final JsonFactory JSON = new JsonFactory();

    private LogFields() {
    }

    /** The fields put for the time of one unit of work; closing removes them again. */
    public static final class Scope implements AutoCloseable {
        private final List<String> keys;

        private Scope(List<String> keys) {
            this.keys = keys;
        }

        @Override
        public void close() {
            keys.forEach(MDC::remove);
        }
    }

    /**
     * Puts the ids of a serialized CloudEvent: id, type and subject from the envelope, and the session, answer and
     * question ids from its data. The event is read as a stream, skipping every other value (an answer's text is
     * never turned into a string); a record that is not JSON puts what was found before the fault.
     */
    public static Scope ofEvent(String eventJson) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (eventJson != null) {
            try (JsonParser parser = JSON.createParser(eventJson)) {
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    readObject(parser, fields, true);
                }
            } catch (IOException | RuntimeException notJson) {
                // Keep what was read: the consumer refuses the record and says why.
            }
        }
        return put(fields);
    }

    /**
     * Puts a request's id path parameters: one named like {@code sessionId} under its own name, and one named
     * {@code id} under the name of the collection before it ({@code /sessions/{id}} gives {@code sessionId}).
     *
     * @param parameters the path parameters by name
     * @param segments   the request path's segments, in order
     */
    public static Scope ofPath(Map<String, String> parameters, List<String> segments) {
        Map<String, String> fields = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.endsWith("Id")) {
                fields.put(name, value);
            } else if (name.equals("id")) {
                int at = segments.indexOf(value);
                if (at > 0) {
                    fields.put(idNameOf(segments.get(at - 1)), value);
                }
            }
        });
        return put(fields);
    }

    // "sessions" gives sessionId, "question-banks" questionBankId.
    static String idNameOf(String collection) {
        String singular = collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : singular.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.append("Id").toString();
    }

    private static void readObject(JsonParser parser, Map<String, String> fields, boolean envelope)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            String field = envelope ? ENVELOPE_IDS.get(name) : DATA_IDS.contains(name) ? name : null;
            if (field != null && value == JsonToken.VALUE_STRING) {
                fields.put(field, parser.getText());
            } else if (envelope && name.equals("data") && value == JsonToken.START_OBJECT) {
                readObject(parser, fields, false);
            } else {
                parser.skipChildren();
            }
        }
    }

    private static Scope put(Map<String, String> fields) {
        List<String> keys = new ArrayList<>();
        fields.forEach((key, value) -> {
            if (value != null && PLAIN_ID.matcher(value).matches()) {
                MDC.put(key, value);
                keys.add(key);
            }
        });
        return new Scope(keys);
    }
}
