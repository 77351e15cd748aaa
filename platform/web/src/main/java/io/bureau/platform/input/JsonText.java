package io.bureau.platform.input;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/** Every JSON string a request carries is refused (400 naming the field) if it holds a control character. */
@Singleton
public class JsonText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("bureau-json-text").addDeserializer(String.class, new CheckedStrings()));
    }

    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            int found = value == null ? -1 : ControlCharacters.firstIn(value);
            if (found >= 0) {
                return (String) context.handleWeirdStringValue(String.class, value, ControlCharacters.describe(found)
                        .replace("must not contain", "control character not allowed;"));
            }
            return value;
        }
    }
}
