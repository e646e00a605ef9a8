package org.scicoop.secretariat.project.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeTest {

    @Test
    void harmlessFormattingIsKept() {
        String html = "<h2>Results</h2><p>We <strong>measured</strong> <em>heat</em>.<br>Twice.</p>"
                + "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote>quoted</blockquote>"
                + "<p><code>x = 1</code></p>";
        assertThat(Narrative.sanitise(html)).isEqualTo(html);
    }

    @Test
    void scriptsAndStylesAreRemoved() {
        assertThat(Narrative.sanitise("<p>a</p><script>alert(1)</script><style>p{}</style>")).isEqualTo("<p>a</p>");
        assertThat(Narrative.sanitise("<script>alert(1)</script>")).isNull();
        assertThat(Narrative.sanitise("<iframe src=\"https://evil.example\"></iframe><p>b</p>")).isEqualTo("<p>b</p>");
    }

    @Test
    void eventHandlersAreRemoved() {
        assertThat(Narrative.sanitise("<p onclick=\"alert(1)\" onmouseover=\"x()\">a</p>")).isEqualTo("<p>a</p>");
        assertThat(Narrative.sanitise("<img src=x onerror=alert(1)><p>a</p>")).isEqualTo("<p>a</p>");
        assertThat(Narrative.sanitise("<svg onload=alert(1)><p>a</p></svg>")).isEqualTo("<p>a</p>");
    }

    @Test
    void javascriptAndDataLinksLoseTheirTarget() {
        assertThat(Narrative.sanitise("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("<a rel=\"nofollow noopener noreferrer\">x</a>");
        assertThat(Narrative.sanitise("<a href=\"JaVaScRiPt:alert(1)\">x</a>")).doesNotContain("href");
        assertThat(Narrative.sanitise("<a href=\"java&#x09;script:alert(1)\">x</a>")).doesNotContain("href");
        assertThat(Narrative.sanitise("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")).doesNotContain("href");
        assertThat(Narrative.sanitise("<a href=\"ftp://host/x\">x</a>")).doesNotContain("href");
    }

    @Test
    void webLinksAreKeptWithoutTheReferrer() {
        assertThat(Narrative.sanitise("<a href=\"https://doi.org/10.1000/182\" target=\"_blank\">paper</a>"))
                .isEqualTo("<a href=\"https://doi.org/10.1000/182\" rel=\"nofollow noopener noreferrer\">paper</a>");
    }

    @Test
    void nothingIsNothing() {
        assertThat(Narrative.sanitise(null)).isNull();
        assertThat(Narrative.sanitise("   ")).isNull();
    }

    @Test
    void theEditorsListsKeepTheirKind() {
        // Quill 2 (PrimeFaces' p:textEditor) writes bullet lists as <ol> with data-list="bullet" on each item
        assertThat(Narrative.sanitise("<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\">"
                + "</span>one</li><li data-list=\"bullet\">two</li></ol><ol><li data-list=\"ordered\">first</li></ol>"))
                .isEqualTo("<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>");
    }

    @Test
    void emptyParagraphsAreNothing() {
        assertThat(Narrative.sanitise("<p><br></p><p> </p>")).isNull();
        assertThat(Narrative.sanitise("<h2>Results</h2>")).isEqualTo("<h2>Results</h2>");
    }

    @Test
    void textWithoutMarkup() {
        assertThat(Narrative.text("<p>a <strong>b</strong></p>")).isEqualTo("a b");
    }
}
