package org.scicoop.secretariat.project.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * An output a report names, as a link: a DOI (kept as its {@code https://doi.org/…} link, {@link Doi}), a data set or
 * any other web page ({@code http} or {@code https} links with a host only: a {@code javascript:} link is refused).
 */
@Entity
@Audited
@Table(name = "report_output")
public class ReportOutput {

    public static final int MAX_LINK = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    private int ordinal;

    @Enumerated(EnumType.STRING)
    private OutputKind kind;

    private String link;

    private String title;

    protected ReportOutput() {
    }

    ReportOutput(Report report, int ordinal, OutputKind kind, String link, String title) {
        this.report = report;
        this.ordinal = ordinal;
        this.kind = Objects.requireNonNull(kind);
        this.link = link;
        this.title = PlainText.line(title, "project.field.outputTitle");
        RuleViolation.require(this.title == null || this.title.length() <= 500, "rule.report.outputTitleTooLong", 500);
    }

    /** The link kept for {@code text}: a DOI normalised, a web link checked. */
    static String link(OutputKind kind, String text) {
        Objects.requireNonNull(kind);
        if (kind == OutputKind.DOI) {
            return Doi.normalise(text);
        }
        String link = text == null ? null : text.strip();
        RuleViolation.require(link != null && !link.isEmpty() && link.length() <= MAX_LINK && isWebLink(link),
                "rule.report.link", link == null ? "" : link);
        return link;
    }

    private static boolean isWebLink(String text) {
        if (text.codePoints().anyMatch(c -> c <= 0x20 || c == 0x7f || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public OutputKind getKind() {
        return kind;
    }

    public String getLink() {
        return link;
    }

    public String getTitle() {
        return title;
    }
}
