package org.scicoop.secretariat.web.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MethodCallsTest {

    public static class Page {
        public String stamp(Instant instant, Locale locale) {
            return instant.getEpochSecond() + " " + locale.getLanguage();
        }

        public boolean hasRole(String role) {
            return "admin".equals(role);
        }

        public String failing(String reason) {
            throw new IllegalStateException(reason);
        }
    }

    private final MethodCalls resolver = new MethodCalls();

    @Test
    void callsAPublicMethodWithItsArguments() {
        ELContext context = new BareELContext();
        assertThat(resolver.invoke(context, new Page(), "stamp", null,
                new Object[]{Instant.ofEpochSecond(60), Locale.FRENCH})).isEqualTo("60 fr");
        assertThat(context.isPropertyResolved()).isTrue();

        ELContext concat = new BareELContext();
        assertThat(resolver.invoke(concat, "CallState.", "concat", null, new Object[]{"OPEN"})).isEqualTo("CallState.OPEN");
        assertThat(concat.isPropertyResolved()).isTrue();

        ELContext noArguments = new BareELContext();
        assertThat(resolver.invoke(noArguments, Locale.FRENCH, "getLanguage", null, null)).isEqualTo("fr");
        assertThat(noArguments.isPropertyResolved()).isTrue();
    }

    @Test
    void findsEachMethodOnceAndAnswersTheSameAfterwards() {
        assertThat(MethodCalls.method(Page.class, "hasRole", 1)).isSameAs(MethodCalls.method(Page.class, "hasRole", 1));
        assertThat(resolver.invoke(new BareELContext(), new Page(), "hasRole", null, new Object[]{"admin"})).isEqualTo(true);
        assertThat(resolver.invoke(new BareELContext(), new Page(), "hasRole", null, new Object[]{"reviewer"})).isEqualTo(false);
    }

    @Test
    void leavesOverloadsStaticCallsHiddenClassesAndActionsToEl() {
        ELContext overloaded = new BareELContext();
        assertThat(resolver.invoke(overloaded, "text", "indexOf", null, new Object[]{"x"})).isNull();
        assertThat(overloaded.isPropertyResolved()).as("String.indexOf has four of one argument").isFalse();

        ELContext hidden = new BareELContext();
        assertThat(resolver.invoke(hidden, List.of(1, 2), "contains", null, new Object[]{1})).isNull();
        assertThat(hidden.isPropertyResolved()).as("declared in a class that is not public: EL finds List's").isFalse();

        ELContext action = new BareELContext();
        assertThat(resolver.invoke(action, new Page(), "hasRole", new Class<?>[]{String.class}, new Object[]{"admin"}))
                .isNull();
        assertThat(action.isPropertyResolved()).isFalse();

        ELContext unknown = new BareELContext();
        assertThat(resolver.invoke(unknown, new Page(), "missing", null, new Object[]{"x"})).isNull();
        assertThat(unknown.isPropertyResolved()).isFalse();
    }

    @Test
    void aFailingMethodFailsAsInEl() {
        assertThatThrownBy(() -> resolver.invoke(new BareELContext(), new Page(), "failing", null, new Object[]{"no"}))
                .isInstanceOf(ELException.class).cause().isInstanceOf(IllegalStateException.class).hasMessage("no");
    }
}
