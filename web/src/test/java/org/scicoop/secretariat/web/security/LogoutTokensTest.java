package org.scicoop.secretariat.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogoutTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/secretariat";
    private static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");
    private static final KeyPair REALM = keys();
    private static final KeyPair OTHER = keys();
    private static final Function<String, Optional<PublicKey>> KEYS =
            kid -> "k1".equals(kid) ? Optional.of(REALM.getPublic()) : Optional.empty();

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("iss", ISSUER).add("aud", "secretariat-web")
                .add("iat", NOW.getEpochSecond() - 1).add("sid", "kc-session-1")
                .add("events", Json.createObjectBuilder().add(LogoutTokens.EVENT, Json.createObjectBuilder()));
    }

    private static String token(JsonObjectBuilder claims, KeyPair signer, String alg) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String head = url.encodeToString(Json.createObjectBuilder().add("alg", alg).add("kid", "k1").build().toString()
                .getBytes(StandardCharsets.UTF_8));
        String body = url.encodeToString(claims.build().toString().getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(signer.getPrivate());
        signature.update((head + "." + body).getBytes(StandardCharsets.US_ASCII));
        return head + "." + body + "." + url.encodeToString(signature.sign());
    }

    private static String sid(String token) throws LogoutTokens.Refused {
        return LogoutTokens.sessionId(token, KEYS, ISSUER, "secretariat-web", NOW);
    }

    @Test
    void aTokenOfTheRealmForThisClientNamesTheSessionToEnd() throws Exception {
        assertThat(sid(token(claims(), REALM, "RS256"))).isEqualTo("kc-session-1");
        assertThat(sid(token(claims().add("aud", Json.createArrayBuilder().add("x").add("secretariat-web")), REALM,
                "RS256"))).isEqualTo("kc-session-1");
    }

    @Test
    void aForgedOrForeignTokenEndsNothing() throws Exception {
        for (String token : new String[]{
                token(claims(), OTHER, "RS256"),
                token(claims(), REALM, "none"),
                token(claims().add("iss", "http://evil.example/realms/secretariat"), REALM, "RS256"),
                token(claims().add("aud", "another-client"), REALM, "RS256"),
                token(claims().add("iat", NOW.getEpochSecond() - 3600), REALM, "RS256"),
                token(claims().add("events", Json.createObjectBuilder()), REALM, "RS256"),
                token(claims().add("nonce", "n"), REALM, "RS256"),
                token(claims().remove("sid"), REALM, "RS256"),
                "not.a-token", "", null}) {
            assertThatThrownBy(() -> sid(token)).as(String.valueOf(token)).isInstanceOf(LogoutTokens.Refused.class);
        }
        String valid = token(claims(), REALM, "RS256");
        String tampered = valid.substring(0, valid.indexOf('.') + 1)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(claims().add("sid", "someone-else").build()
                .toString().getBytes(StandardCharsets.UTF_8)) + valid.substring(valid.lastIndexOf('.'));
        assertThatThrownBy(() -> sid(tampered)).isInstanceOf(LogoutTokens.Refused.class);
    }
}
