package org.scicoop.secretariat.project.entity;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * A report's narrative is rich text that others read in their browser, so it is never stored as typed: jsoup's
 * {@link Safelist} (a maintained sanitiser) keeps the harmless formatting — paragraphs, line breaks, emphasis, lists,
 * headings, quotes, code, links to {@code http}, {@code https} and {@code mailto} — and drops everything else:
 * scripts, styles, event handlers ({@code onclick}…), {@code javascript:} and {@code data:} links, frames, forms,
 * images. Links open without the referring page ({@code rel="nofollow noopener noreferrer"}).
 */
public final class Narrative {

    /** The most a narrative may hold, as kept (after sanitising). */
    public static final int MAX_LENGTH = 100_000;

    private static final Safelist SAFE = Safelist.basic()
            .addTags("h2", "h3", "h4")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private Narrative() {
    }

    /** The safe HTML of {@code html}; null for nothing (null, blank, or no text left once cleaned: empty paragraphs). */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document typed = Jsoup.parseBodyFragment(html);
        typed.outputSettings(OUTPUT);
        // the editor (Quill 2) writes every list as <ol>, each item's kind in data-list (which the safelist drops)
        // and its own marker element in each item
        typed.select(".ql-ui").remove();
        for (Element list : typed.select("ol")) {
            if (!list.children().isEmpty()
                    && list.children().stream().allMatch(item -> "bullet".equals(item.attr("data-list")))) {
                list.tagName("ul");
            }
        }
        String clean = Jsoup.clean(typed.body().html(), "", SAFE, OUTPUT).strip();
        return clean.isEmpty() || Jsoup.parse(clean).text().isBlank() ? null : clean;
    }

    /** The text of a narrative without its markup (for e-mails, exports and searching). */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
