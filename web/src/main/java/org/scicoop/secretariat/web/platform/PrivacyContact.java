package org.scicoop.secretariat.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.control.Settings;

/**
 * The data-protection contact the privacy notice names, from configuration ({@link Settings#privacyContact()}:
 * {@code SECRETARIAT_PRIVACY_CONTACT} or the system property {@code secretariat.privacy.contact}).
 */
@Named
@ApplicationScoped
public class PrivacyContact {

    private final String contact = Settings.privacyContact().strip();

    public String getText() {
        return contact;
    }

    /** A {@code mailto:} link when the contact is an e-mail address, else none (a postal address, a web form's name). */
    public String getMailto() {
        return contact.matches("[^\\s@]+@[^\\s@]+") ? "mailto:" + contact : null;
    }
}
