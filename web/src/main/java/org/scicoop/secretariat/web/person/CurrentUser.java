package org.scicoop.secretariat.web.person;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.scicoop.secretariat.person.entity.IdentityClaims;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LanguageFilter;
import org.scicoop.secretariat.web.platform.ReaderZone;
import org.scicoop.secretariat.web.security.TokenClaims;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who is asking, as the header and the menus need it: read from the token on each request, so no
 * state is kept in the session for it.
 */
@Named
@RequestScoped
public class CurrentUser implements ReaderZone {

    /** Set by the pages' script to the browser's IANA time zone. */
    public static final String TIME_ZONE_COOKIE = "secretariat-tz";

    @Inject
    HttpServletRequest request;

    private Optional<IdentityClaims> claims;
    private ZoneId zone;

    private Optional<IdentityClaims> claims() {
        if (claims == null) {
            claims = TokenClaims.of(request);
        }
        return claims;
    }

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getUsername() {
        return isLoggedIn() ? request.getUserPrincipal().getName() : null;
    }

    public String getDisplayName() {
        return claims().map(IdentityClaims::displayName).orElse(getUsername());
    }

    public String getCountryCode() {
        return claims().map(IdentityClaims::countryCode).orElse(null);
    }

    public String getCountryName() {
        String code = getCountryCode();
        return code == null ? null : Country.displayName(code, code, LanguageFilter.of(request).locale());
    }

    public String getOrganisation() {
        return claims().map(IdentityClaims::organisation).orElse(null);
    }

    /** The caller's roles among the application's, in the interface's order. */
    public List<String> getRoles() {
        return Roles.ALL.stream().filter(request::isUserInRole).toList();
    }

    /** The role whose dashboard the user sees first: the first of theirs in the interface's order. */
    public String getPrimaryRole() {
        return getRoles().stream().findFirst().orElse(null);
    }

    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }

    /** A programme officer or an administrator: the secretariat's lists show them everything. */
    public boolean isSecretariat() {
        return hasRole(Roles.PROGRAMME_OFFICER) || hasRole(Roles.ADMIN);
    }

    /** A national contact who is not also in the secretariat: a secretariat's list shows them their country's. */
    public boolean isCountryView() {
        return !isSecretariat() && hasRole(Roles.NATIONAL_CONTACT);
    }

    /**
     * The secretariat's lists (proposals, projects) are for the secretariat and national contacts: a member is sent
     * to their own list ({@code membersList}, a path in the application) rather than shown one that would refuse
     * them, anyone else gets the 403.
     */
    public void admitToSecretariatList(String membersList) throws IOException {
        if (isSecretariat() || hasRole(Roles.NATIONAL_CONTACT)) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (hasRole(Roles.CONSORTIUM_MEMBER)) {
            external.redirect(external.getRequestContextPath() + membersList);
        } else {
            external.responseSendError(403, "a secretariat's list");
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /**
     * The user's time zone: {@code zoneinfo} from their profile, else their browser's, else UTC.
     * Worked out once per request: a list page asks for it in every row.
     */
    @Override
    public ZoneId getZone() {
        if (zone == null) {
            zone = zoneOf(claims().map(IdentityClaims::zoneinfo).orElse(null), browserZone());
        }
        return zone;
    }

    /** The profile's zone if it names a real one, else the browser's, else UTC. */
    static ZoneId zoneOf(String profileZone, String browserZone) {
        return zone(profileZone).or(() -> zone(browserZone)).orElse(ZoneOffset.UTC);
    }

    private String browserZone() {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> TIME_ZONE_COOKIE.equals(c.getName())).findFirst()
                .map(Cookie::getValue).map(v -> java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8))
                .orElse(null);
    }

    private static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.trim()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
