package org.scicoop.secretariat.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.web.i18n.Language;

/** Addresses outside the page itself: the Keycloak consoles and the login entry point. */
@Named
@ApplicationScoped
public class Links {

    private final String realmUrl = System.getenv().getOrDefault("SECRETARIAT_OIDC_PROVIDER_URL",
            "http://localhost:8180/realms/secretariat");

    /** The Keycloak realm, as oidc.json (WEB-INF/classes) reads it from the environment. */
    public String getRealmUrl() {
        return realmUrl;
    }

    /** Keycloak's origin (scheme, host, port): where its login form posts. */
    public String getKeycloakOrigin() {
        java.net.URI realm = java.net.URI.create(realmUrl);
        return realm.getScheme() + "://" + realm.getAuthority();
    }

    /** The dashboard; opening it starts the login, in the page's language ({@code ui_locales}). */
    public String login(Language language) {
        return "/app/dashboard.xhtml?ui_locales=" + language.getKeycloakLocale();
    }

    /** Keycloak's account console: the user's own password, e-mail and time zone. */
    public String getAccount() {
        return realmUrl + "/account";
    }

    /** The secretariat realm's own admin console: user, role and group management for administrators. */
    public String getUserManagement() {
        return Settings.keycloakConsoleUrl();
    }
}
