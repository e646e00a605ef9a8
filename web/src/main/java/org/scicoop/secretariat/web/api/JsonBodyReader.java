package org.scicoop.secretariat.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every JSON body of the API with {@link StrictJson}, instead of RESTEasy's JSON-B reader (an application's
 * provider is preferred to a built-in one of the same media type; the priority makes it plain): all the API's
 * commands are records. A charset other than UTF-8 is refused (RFC 8259 allows no other).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
public class JsonBodyReader implements MessageBodyReader<Record> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")) {
            throw new StrictJson.Refused(new StrictJson.Invalid("", "problem.json.encoding"));
        }
        return type.cast(StrictJson.read(entityStream, genericType == null ? type : genericType));
    }
}
