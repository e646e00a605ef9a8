package org.scicoop.secretariat.web.i18n;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decides each request's language without an HTTP session: a {@code ?lang=} parameter (remembered in
 * a cookie), else the cookie, else the browser's {@code Accept-Language}.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class LanguageFilter extends HttpFilter {

    public static final String COOKIE = "secretariat-lang";
    public static final String PARAMETER = "lang";
    static final String ATTRIBUTE = Language.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Language> chosen = Language.byCode(request.getParameter(PARAMETER));
        chosen.ifPresent(language -> response.addHeader("Set-Cookie", COOKIE + "=" + language.code()
                + "; Path=/; Max-Age=31536000; SameSite=Lax" + (request.isSecure() ? "; Secure" : "")));
        Language language = chosen
                .or(() -> fromCookie(request))
                .orElseGet(() -> Language.fromAcceptLanguage(request.getHeader("Accept-Language")));
        request.setAttribute(ATTRIBUTE, language);
        chain.doFilter(request, response);
    }

    private static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> Language.byCode(c.getValue()));
    }

    public static Language of(HttpServletRequest request) {
        Object language = request.getAttribute(ATTRIBUTE);
        return language instanceof Language l ? l : Language.DEFAULT;
    }
}
