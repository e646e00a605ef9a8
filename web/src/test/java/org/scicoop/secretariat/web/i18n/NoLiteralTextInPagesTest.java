package org.scicoop.secretariat.web.i18n;

import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParserFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages hold no words of their own: every text a person reads comes from the resource bundles, so
 * that it exists in every interface language.
 */
class NoLiteralTextInPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "label",
            "headerText", "footerText", "header", "summary", "emptyMessage", "aria-label", "value", "itemLabel",
            "requiredMessage", "validatorMessage", "converterMessage", "message", "tooltip");
    private static final Set<String> TECHNICAL_ELEMENTS = Set.of("script", "style");

    @Test
    void pagesHoldNoLiteralText() throws Exception {
        List<String> findings = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            findings.addAll(literalTexts(page));
        }
        assertThat(findings).as("texts outside the bundles").isEmpty();
    }

    @Test
    void theCheckFindsLiteralText() throws Exception {
        Path page = Files.createTempFile("page", ".xhtml");
        Files.writeString(page, """
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets">
                    <p title="Hello">#{msg['x']} Deadline</p>
                    <p>#{msg['ok']} · 42</p>
                </ui:composition>""");

        assertThat(literalTexts(page)).hasSize(2);
    }

    static boolean readable(String text) {
        String withoutExpressions = text.replaceAll("[#$]\\{[^}]*}", "");
        return withoutExpressions.codePoints().anyMatch(Character::isLetter);
    }

    private static List<String> literalTexts(Path page) throws Exception {
        List<String> findings = new ArrayList<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        String source = Files.readString(page).replace("<!DOCTYPE html>", "");
        factory.newSAXParser().parse(new InputSource(new StringReader(source)), new DefaultHandler() {
            private Locator locator;
            private int technicalDepth;
            private final StringBuilder text = new StringBuilder();

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                flush();
                if (TECHNICAL_ELEMENTS.contains(local)) {
                    technicalDepth++;
                }
                for (int i = 0; i < attributes.getLength(); i++) {
                    if (READABLE_ATTRIBUTES.contains(attributes.getLocalName(i)) && readable(attributes.getValue(i))) {
                        findings.add(page + ":" + locator.getLineNumber() + " " + attributes.getLocalName(i) + "=\""
                                + attributes.getValue(i) + "\"");
                    }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                flush();
                if (TECHNICAL_ELEMENTS.contains(local)) {
                    technicalDepth--;
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            private void flush() {
                if (technicalDepth == 0 && readable(text.toString())) {
                    findings.add(page + ":" + locator.getLineNumber() + " \"" + text.toString().trim() + "\"");
                }
                text.setLength(0);
            }
        });
        return findings;
    }
}
