package org.scicoop.secretariat.project.entity;

import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Digital Object Identifier as a report names a publication: accepted as {@code 10.1234/abc}, {@code doi:10.1234/abc}
 * or a resolver link ({@code https://doi.org/…}, {@code http://dx.doi.org/…}, percent-encoded or not), and always kept
 * as the resolver link {@code https://doi.org/10.1234/abc} (the form DOI's handbook and Crossref ask displays to use).
 * The syntax is the DOI handbook's: the directory indicator {@code 10.}, a registrant code of digits (dot-separated
 * sub-codes allowed), a slash and a suffix of printable characters without spaces. The suffix is kept as typed (DOIs
 * are case-insensitive, so no case is changed).
 */
public final class Doi {

    public static final String RESOLVER = "https://doi.org/";

    private static final Pattern SYNTAX = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");
    private static final int MAX_LENGTH = 500;

    private Doi() {
    }

    /** The resolver link of {@code text}, or {@link RuleViolation} {@code rule.project.doiSyntax}. */
    public static String normalise(String text) {
        RuleViolation.require(text != null, "rule.project.doiSyntax", "");
        String doi = text.strip();
        String lower = doi.toLowerCase(Locale.ROOT);
        for (String prefix : new String[]{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                "http://dx.doi.org/", "doi.org/", "dx.doi.org/", "doi:", "doi: "}) {
            if (lower.startsWith(prefix)) {
                doi = doi.substring(prefix.length()).strip();
                if (prefix.contains("doi.org")) {
                    doi = decode(doi, text);
                }
                break;
            }
        }
        RuleViolation.require(doi.length() <= MAX_LENGTH && SYNTAX.matcher(doi).matches()
                && doi.codePoints().allMatch(c -> c > 0x20 && c != 0x7f && !Character.isISOControl(c)
                && !Character.isWhitespace(c) && !Character.isSpaceChar(c)), "rule.project.doiSyntax", text.strip());
        return RESOLVER + doi;
    }

    private static String decode(String path, String text) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("rule.project.doiSyntax", text.strip());
        }
    }
}
