package org.scicoop.secretariat.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.scicoop.secretariat.proposal.entity.Finding;
import org.scicoop.secretariat.web.i18n.Language;
import org.scicoop.secretariat.web.platform.Texts;

/**
 * The API's JSON-B: the defaults, and a {@link Finding} (a rule a proposal does not meet) written as its rule's name
 * and its words in the caller's language ({@code Accept-Language}), so that the API answers the service's views
 * themselves ({@code ProposalView}, the findings of a refused submission) instead of copies that re-list their
 * fields. The OpenAPI document describes a finding the same way ({@code mp.openapi.schema.*} in
 * {@code META-INF/microprofile-config.properties}).
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

    // a proxy of the current request's headers (JAX-RS injects one into a provider, which lives as long as the API)
    @Context
    HttpHeaders headers;

    private volatile Jsonb jsonb;

    @Override
    public Jsonb getContext(Class<?> type) {
        Jsonb configured = jsonb;
        if (configured == null) {
            configured = JsonbBuilder.create(new JsonbConfig().withSerializers(new FindingWriter(headers)));
            jsonb = configured;
        }
        return configured;
    }

    /**
     * {@code {"rule": "…", "field": "/partners/1/requested", "message": "…"}}: the values a finding's message needs
     * are in the message; {@code field} (a JSON pointer into the proposal's {@code content}) only when the finding
     * is about one field.
     */
    static final class FindingWriter implements JsonbSerializer<Finding> {

        private final HttpHeaders headers;

        FindingWriter(HttpHeaders headers) {
            this.headers = headers;
        }

        @Override
        public void serialize(Finding finding, JsonGenerator generator, SerializationContext context) {
            generator.writeStartObject();
            generator.write("rule", finding.rule());
            if (finding.field() != null) {
                generator.write("field", finding.field());
            }
            generator.write("message", Texts.of(
                    Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale(), finding));
            generator.writeEnd();
        }
    }
}
