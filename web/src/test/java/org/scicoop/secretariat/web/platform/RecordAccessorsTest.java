package org.scicoop.secretariat.web.platform;

import jakarta.el.ELContext;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RecordAccessorsTest {

    public record Row(String code, int count) {
        public String label(Locale locale) {
            return code.toLowerCase(locale);
        }
    }

    private final RecordAccessors resolver = new RecordAccessors();

    @Test
    void callsARecordsAccessorAsMethodOrProperty() {
        Row row = new Row("STI-1", 3);

        ELContext asMethod = new BareELContext();
        assertThat(resolver.invoke(asMethod, row, "code", new Class<?>[0], new Object[0])).isEqualTo("STI-1");
        assertThat(asMethod.isPropertyResolved()).isTrue();

        ELContext asProperty = new BareELContext();
        assertThat(resolver.getValue(asProperty, row, "count")).isEqualTo(3);
        assertThat(asProperty.isPropertyResolved()).isTrue();
        assertThat(resolver.isReadOnly(new BareELContext(), row, "count")).isTrue();
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        Row row = new Row("STI-1", 3);

        ELContext withArguments = new BareELContext();
        assertThat(resolver.invoke(withArguments, row, "label", new Class<?>[]{Locale.class},
                new Object[]{Locale.ROOT})).isNull();
        assertThat(withArguments.isPropertyResolved()).as("a method with arguments is not an accessor").isFalse();

        ELContext unknown = new BareELContext();
        assertThat(resolver.getValue(unknown, row, "title")).isNull();
        assertThat(unknown.isPropertyResolved()).isFalse();

        ELContext notARecord = new BareELContext();
        assertThat(resolver.invoke(notARecord, "text", "length", new Class<?>[0], new Object[0])).isNull();
        assertThat(notARecord.isPropertyResolved()).isFalse();
    }
}
