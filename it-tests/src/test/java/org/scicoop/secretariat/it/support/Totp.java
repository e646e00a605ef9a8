package org.scicoop.secretariat.it.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test users' authenticator apps: RFC 6238 one-time codes with the realm's OTP policy (HMAC-SHA1, 6 digits,
 * 30 s). The demo overlay gives {@code officer} and {@code admin} an authenticator with a known secret; a test that
 * enrols someone registers the secret Keycloak showed. The realm takes each code once ({@code otpPolicyCodeReusable}
 * false), so the codes handed out are never repeated: the current step's, then the next one's (Keycloak's look-around
 * window is one step), then the previous one's, and when all three are spent, the next step is waited for.
 */
public final class Totp {

    private static final int PERIOD = 30;
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>(Map.of(
            "officer", "demo-only-totp-officer-01".getBytes(StandardCharsets.UTF_8),
            "admin", "demo-only-totp-admin-0001".getBytes(StandardCharsets.UTF_8)));
    private static final Map<String, Set<Long>> USED = new ConcurrentHashMap<>();

    private Totp() {
    }

    /** The key of the user's authenticator, if the user has one the tests know. */
    public static Optional<byte[]> keyOf(String username) {
        return Optional.ofNullable(KEYS.get(username));
    }

    /** Records the authenticator a test enrolled for the user (its key as Keycloak showed it, Base32). */
    public static void enrolled(String username, String base32Secret) {
        KEYS.put(username, base32(base32Secret));
    }

    /** A code for the user's authenticator that Keycloak has not seen yet. */
    public static String nextCode(String username) {
        byte[] key = keyOf(username).orElseThrow(() -> new IllegalStateException(username + " has no authenticator"));
        String id = Base64.getEncoder().encodeToString(key);
        synchronized (Totp.class) {
            Set<Long> used = USED.computeIfAbsent(id, k -> new HashSet<>());
            while (true) {
                long now = Instant.now().getEpochSecond() / PERIOD;
                for (long step : new long[]{now, now + 1, now - 1}) {
                    if (used.add(step)) {
                        return code(key, step);
                    }
                }
                sleepUntil((now + 1) * PERIOD);
            }
        }
    }

    /** A six-digit code that none of the steps Keycloak accepts now gives (a wrong code, for sure). */
    public static String wrongCode(String username) {
        byte[] key = keyOf(username).orElseThrow();
        long now = Instant.now().getEpochSecond() / PERIOD;
        Set<String> valid = new HashSet<>();
        for (long step = now - 2; step <= now + 3; step++) {
            valid.add(code(key, step));
        }
        for (int candidate = 0; ; candidate += 111111) {
            String code = "%06d".formatted(candidate % 1_000_000);
            if (!valid.contains(code)) {
                return code;
            }
        }
    }

    /** RFC 6238 (RFC 4226's HOTP of the 30-second step), six digits. */
    static String code(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return "%06d".formatted(binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4648 Base32, as Keycloak shows a secret: upper case, in groups separated by spaces, no padding. */
    static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replaceAll("[\\s=]", "").toUpperCase();
        ByteBuffer bytes = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = alphabet.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: " + text);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return bytes.array();
    }

    private static void sleepUntil(long epochSecond) {
        try {
            Thread.sleep(Math.max(0, epochSecond * 1000 - System.currentTimeMillis()) + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
