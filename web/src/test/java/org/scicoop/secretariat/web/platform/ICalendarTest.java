package org.scicoop.secretariat.web.platform;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTest {

    private static final String LONG = "Rapport d’étape; données, «\u00a0pollinisateurs\u00a0» — 传粉昆虫数据集的最终版本与说明\\ end\nsecond line";

    private static String calendar() {
        return new ICalendar().begin("VCALENDAR").value("VERSION", "2.0").value("PRODID", "-//Test//EN")
                .begin("VEVENT").value("UID", "milestone-1@example.org").utc("DTSTAMP", Instant.parse("2027-03-01T10:15:30Z"))
                .date("DTSTART", LocalDate.of(2027, 4, 30)).date("DTEND", LocalDate.of(2027, 5, 1))
                .text("SUMMARY", LONG).end("VEVENT").end("VCALENDAR").toString();
    }

    @Test
    void linesEndInCrlfAndAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String written = calendar();
        assertThat(written).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
        assertThat(written.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : written.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(written).contains("\r\n ");
    }

    @Test
    void aFullParserReadsTheTextBackUnchanged() throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar()));
        VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo(LONG);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("milestone-1@example.org");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20270430");
        assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20270501");
        assertThat(event.getDateTimeStamp().getValue()).isEqualTo("20270301T101530Z");
    }

    @Test
    void textEscapesItsSpecialCharacters() {
        assertThat(ICalendar.escape("a\\b;c,d\r\ne\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void foldsAnEmojiWhole() {
        String line = "SUMMARY:" + "x".repeat(65) + "😀😀😀";
        String folded = ICalendar.fold(line);
        assertThat(folded.split("\r\n ")[0].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }
}
