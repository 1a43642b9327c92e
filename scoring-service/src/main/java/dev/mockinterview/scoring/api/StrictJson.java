package dev.mockinterview.scoring.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads a request body more strictly still than every service does (which refuses a field the request does not
 * define, {@code quarkus.jackson.fail-on-unknown-properties} in web): a field given twice, or a number left null, is
 * refused too, so that a repeated "keyPoints" is not half-read. Only for the methods that name it
 * ({@code @CustomDeserialization}).
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {
    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type))
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withFeatures(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
