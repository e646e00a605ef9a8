package org.scicoop.secretariat.platform.control;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSecretsTest {

    private static Map<String, String> secrets(String web, String invitations) {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("SECRETARIAT_OIDC_CLIENT_SECRET", web);
        secrets.put("SECRETARIAT_INVITATIONS_CLIENT_SECRET", invitations);
        return secrets;
    }

    @Test
    void demoSecretsAreAllowedOnALocalAddress() {
        for (String local : new String[]{"http://localhost:8080", "http://127.0.0.1:9280/", "http://[::1]:8080",
                "https://LOCALHOST"}) {
            assertThat(DemoSecrets.refusal(local, secrets("demo-only-secretariat-web-secret",
                    "demo-only-secretariat-invitations-secret"))).as(local).isEmpty();
        }
    }

    @Test
    void aDemoSecretOnAPublicAddressIsRefusedNamingTheVariable() {
        assertThat(DemoSecrets.refusal("https://secretariat.scicoop.org",
                secrets("a-real-secret", "demo-only-secretariat-invitations-secret")))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("SECRETARIAT_INVITATIONS_CLIENT_SECRET")
                        .doesNotContain("SECRETARIAT_OIDC_CLIENT_SECRET")
                        .contains("https://secretariat.scicoop.org"));
        assertThat(DemoSecrets.refusal("http://10.0.0.5:8080", secrets("demo-only-x", "demo-only-y")))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("SECRETARIAT_OIDC_CLIENT_SECRET, SECRETARIAT_INVITATIONS_CLIENT_SECRET"));
    }

    @Test
    void aHostThatOnlyLooksLocalIsNotLocal() {
        for (String address : new String[]{"http://localhost.example.org", "http://127.0.0.1.nip.io",
                "not a url", "http://user@example.org"}) {
            assertThat(DemoSecrets.refusal(address, secrets("demo-only-x", "real"))).as(address).isPresent();
        }
    }

    @Test
    void aPlaceholderKeycloakLeftAsTheSecretCountsAsADemoSecret() {
        assertThat(DemoSecrets.refusal("https://secretariat.scicoop.org",
                secrets("${SECRETARIAT_OIDC_CLIENT_SECRET}", "real"))).isPresent();
    }

    @Test
    void ownSecretsStartAnywhere() {
        assertThat(DemoSecrets.refusal("https://secretariat.scicoop.org", secrets("s3cr3t", "other"))).isEmpty();
    }
}
