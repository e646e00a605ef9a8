package org.scicoop.secretariat.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an OpenID Connect back-channel logout token (OpenID Connect Back-Channel Logout 1.0, 2.6): an RS256 JWT
 * signed by one of the realm's keys, issued by the realm for this client, recent, with the back-channel logout event,
 * a session id ({@code sid}) and no {@code nonce}. Anything else is refused: a forged token must not end anyone's
 * session.
 */
final class LogoutTokens {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private LogoutTokens() {
    }

    /** Why a logout token is refused. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    /**
     * The session id a valid token names. {@code keys} finds the realm's public key by its {@code kid} (empty when
     * unknown).
     */
    static String sessionId(String token, Function<String, Optional<PublicKey>> keys, String issuer, String clientId,
                            Instant now) throws Refused {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new Refused("not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        JsonObject claims = json(parts[1]);
        if (!"RS256".equals(header.getString("alg", null))) {
            throw new Refused("algorithm " + header.getString("alg", null));
        }
        PublicKey key = keys.apply(header.getString("kid", "")).orElseThrow(() -> new Refused("unknown key"));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new Refused("bad signature");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Refused("bad signature");
        }
        if (!issuer.equals(claims.getString("iss", null))) {
            throw new Refused("issuer " + claims.getString("iss", null));
        }
        if (!audience(claims.get("aud"), clientId)) {
            throw new Refused("audience");
        }
        JsonValue iat = claims.get("iat");
        if (iat == null || iat.getValueType() != JsonValue.ValueType.NUMBER
                || Instant.ofEpochSecond(claims.getJsonNumber("iat").longValue()).isBefore(now.minus(MAX_AGE))
                || Instant.ofEpochSecond(claims.getJsonNumber("iat").longValue()).isAfter(now.plus(MAX_AGE))) {
            throw new Refused("issued at");
        }
        JsonValue events = claims.get("events");
        if (events == null || events.getValueType() != JsonValue.ValueType.OBJECT
                || !events.asJsonObject().containsKey(EVENT)) {
            throw new Refused("no back-channel logout event");
        }
        if (claims.containsKey("nonce")) {
            throw new Refused("nonce");
        }
        String sid = claims.getString("sid", null);
        if (sid == null || sid.isBlank()) {
            throw new Refused("no session id");
        }
        return sid;
    }

    /** An RSA public key of a JWKS entry ({@code kty} RSA, {@code n}, {@code e}). */
    static PublicKey rsaKey(JsonObject jwk) throws GeneralSecurityException {
        BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n")));
        BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")));
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }

    private static boolean audience(JsonValue aud, String clientId) {
        if (aud instanceof JsonString single) {
            return clientId.equals(single.getString());
        }
        return aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY
                && aud.asJsonArray().stream().anyMatch(v -> v instanceof JsonString s && clientId.equals(s.getString()));
    }

    private static JsonObject json(String part) throws Refused {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new Refused("not JSON");
        }
    }
}
