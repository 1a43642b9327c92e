package dev.mockinterview.scoring.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads a request body strictly: a field the request does not define, or a field given twice, is refused rather than
 * silently dropped, so that a misspelt "keyPoint" is not mistaken for a question without key points. Only for the
 * methods that name it ({@code @CustomDeserialization}): the events keep tolerating fields added later.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {
    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type))
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withFeatures(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
