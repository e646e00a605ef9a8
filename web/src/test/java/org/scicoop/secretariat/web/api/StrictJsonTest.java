package org.scicoop.secretariat.web.api;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scicoop.secretariat.call.boundary.CallCommand;
import org.scicoop.secretariat.proposal.boundary.CreateProposal;
import org.scicoop.secretariat.proposal.entity.FundingSource;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class StrictJsonTest {

    private static final String CALL = """
            {"code": "STI-2027-CLIM-01", "title": "Climate", "summary": "A call.", "themes": ["WATER", "ENERGY"],
             "opensAt": "2027-01-10T09:00:00Z", "deadline": "2027-03-31T17:00:00+02:00", "commonFundEur": 1000.50,
             "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true, "coordinatorCountryFunds": false,
             "maxDurationMonths": 36, "commitments": [{"agencyId": 7, "amount": 500000, "maxRequestPerPartner": 1e5}],
             "status": "DRAFT", "version": 4}""";

    private static Object read(String json, Class<?> type) {
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static Object read(byte[] body, Class<?> type) {
        try {
            return StrictJson.read(new ByteArrayInputStream(body), type);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static StrictJson.Refused refused(String json, Class<?> type) {
        return refused(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static StrictJson.Refused refused(byte[] body, Class<?> type) {
        StrictJson.Refused refused = catchThrowableOfType(StrictJson.Refused.class, () -> read(body, type));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    /** The pointer and message key of the only refusal. */
    private static void assertRefused(String json, Class<?> type, String pointer, String messageKey) {
        assertThat(refused(json, type).invalid()).extracting(StrictJson.Invalid::pointer, StrictJson.Invalid::messageKey)
                .containsExactly(tuple(pointer, messageKey));
    }

    private static String screening(String eligible) {
        return "{\"reasons\": \"Complete\"" + (eligible == null ? "" : ", \"eligible\": " + eligible) + "}";
    }

    private static String proposal(String organisationId) {
        return "{\"callCode\": \"STI-2027-CLIM-01\", \"acronym\": \"AC\", \"organisationId\": " + organisationId + "}";
    }

    @Test
    void aCommandBindsWithEveryTypeItTakesAndIgnoresWhatItDoesNotTake() {
        CallCommand call = (CallCommand) read(CALL, CallCommand.class);

        assertThat(call.code()).isEqualTo("STI-2027-CLIM-01");
        assertThat(call.themes()).containsExactly("WATER", "ENERGY");
        assertThat(call.deadline()).isEqualTo(Instant.parse("2027-03-31T15:00:00Z"));
        assertThat(call.commonFundEur()).isEqualByComparingTo("1000.50");
        assertThat(call.minPartners()).isEqualTo(3);
        assertThat(call.developingPartnerRequired()).isTrue();
        assertThat(call.coordinatorCountryFunds()).isFalse();
        assertThat(call.commitments()).singleElement().satisfies(commitment -> {
            assertThat(commitment.agencyId()).isEqualTo(7L);
            assertThat(commitment.maxRequestPerPartner()).isEqualTo(new BigDecimal("100000"));
        });
    }

    @Test
    void nestedRecordsListsAndEnumsBindAndNullsStayNullForTheConstraintsToName() {
        ProposalDocument document = (ProposalDocument) read("""
                {"id": 12, "content": {"acronym": "AC", "title": null, "partners": [
                  {"id": 3, "organisationId": 5, "source": "AGENCY", "requested": 1200.5, "name": "ignored"},
                  null],
                 "milestones": [{"title": "Kick-off", "dueMonth": 1, "kind": "EVENT", "responsible": 0}]}}""",
                ProposalDocument.class);

        assertThat(document.content().title()).isNull();
        assertThat(document.content().partners()).hasSize(2).containsNull();
        assertThat(document.content().partners().get(0).source()).isEqualTo(FundingSource.AGENCY);
        assertThat(document.content().milestones().get(0).dueMonth()).isEqualTo(1);
    }

    @Test
    void aMissingBooleanIsRefusedNotTakenForFalse() {
        assertRefused(screening(null), ProposalsResource.Screening.class, "/eligible", "problem.json.required");
        assertRefused(screening("null"), ProposalsResource.Screening.class, "/eligible", "problem.json.required");
        assertThat(((ProposalsResource.Screening) read(screening("false"), ProposalsResource.Screening.class))
                .eligible()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "123", "\"true\"", "0", "1", "[]", "{}"})
    void booleansAreOnlyTrueOrFalse(String eligible) {
        assertRefused(screening(eligible), ProposalsResource.Screening.class, "/eligible", "problem.json.boolean");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "18446744073709551635", "9223372036854775808", "-9223372036854775809",
            "1e2147483647", "-1e2147483647", "1e-2147483647", "1e20", "\"5\"", "true", "[5]"})
    void wholeNumbersThatDoNotFitAreRefusedNotTruncatedOrWrapped(String id) {
        assertRefused(proposal(id), CreateProposal.class, "/organisationId", "problem.json.integer");
    }

    @Test
    void wholeNumbersInAnyNotationThatFitAreTaken() {
        assertThat(((CreateProposal) read(proposal("9223372036854775807"), CreateProposal.class)).organisationId())
                .isEqualTo(Long.MAX_VALUE);
        assertThat(((CreateProposal) read(proposal("1e2"), CreateProposal.class)).organisationId()).isEqualTo(100L);
        assertThat(((CreateProposal) read(proposal("7.000"), CreateProposal.class)).organisationId()).isEqualTo(7L);
    }

    @Test
    void anIntOverflowIsRefused() {
        assertRefused(CALL.replace("\"minPartners\": 3", "\"minPartners\": 2147483648"), CallCommand.class,
                "/minPartners", "problem.json.integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483647", "1e-2147483647", "123456789012345678901234567890123456789012345678901234567890.5",
            "\"1000\""})
    void amountsTooLargeOrPreciseToComputeAreRefusedQuickly(String amount) {
        long started = System.nanoTime();
        StrictJson.Refused refused = refused(CALL.replace("\"commonFundEur\": 1000.50", "\"commonFundEur\": " + amount)
                .replace("\"amount\": 500000", "\"amount\": " + amount), CallCommand.class);

        assertThat(refused.invalid()).extracting(StrictJson.Invalid::pointer)
                .containsExactly("/commonFundEur", "/commitments/0/amount");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(500);
    }

    @Test
    void aNullAmountIsLeftForTheConstraints() {
        assertThat(((CallCommand) read(CALL.replace("1000.50", "null"), CallCommand.class)).commonFundEur()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-30T00:00:00Z", "2027-01-01", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "2027-01-01T00:00:00", "2027-13-01T00:00:00Z", "2027-01-01T25:00:00Z", "2027-01-01T23:59:60Z",
            "2027-01-01 10:00:00Z", "2027-01-01T10:00Z", "2027-01-01T10:00:00+25:00", "1735689600", "now"})
    void instantsAreOnlyFullRfc3339DateTimes(String deadline) {
        assertRefused(CALL.replace("2027-03-31T17:00:00+02:00", deadline), CallCommand.class, "/deadline",
                "problem.json.instant");
    }

    @Test
    void anInstantMayHaveFractionsAndAnOffset() {
        CallCommand call = (CallCommand) read(CALL.replace("2027-03-31T17:00:00+02:00", "2027-03-31t17:00:00.123456789z"),
                CallCommand.class);

        assertThat(call.deadline()).isEqualTo(Instant.parse("2027-03-31T17:00:00.123456789Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"NOPE\"", "\"agency\"", "\" AGENCY\"", "1", "true"})
    void enumsAreOnlyTheirExactValues(String source) {
        StrictJson.Refused refused = refused("{\"content\": {\"partners\": [{}, {\"source\": " + source + "}]}}",
                ProposalDocument.class);

        assertThat(refused.invalid()).singleElement().satisfies(invalid -> {
            assertThat(invalid.pointer()).isEqualTo("/content/partners/1/source");
            assertThat(invalid.messageKey()).isEqualTo("problem.json.oneOf");
            assertThat(invalid.arguments()).singleElement().asString().contains("AGENCY");
        });
    }

    @Test
    void everyWrongMemberIsNamedAtOnce() {
        StrictJson.Refused refused = refused(CALL.replace("\"STI-2027-CLIM-01\"", "42")
                .replace("[\"WATER\", \"ENERGY\"]", "[\"WATER\", {}]").replace("36", "\"36\""), CallCommand.class);

        assertThat(refused.invalid()).extracting(StrictJson.Invalid::pointer)
                .containsExactly("/code", "/themes/1", "/maxDurationMonths");
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void textsWithControlCharactersOrBrokenUnicodeAreRefused() {
        assertRefused("{\"code\": \"\\u0000x\"}", CallsResource.Cloning.class, "/code", "problem.json.characters");
        assertRefused("{\"code\": \"x\\ud800y\"}", CallsResource.Cloning.class, "/code", "problem.json.characters");
        assertRefused("{\"code\": \"x\\u0007\"}", CallsResource.Cloning.class, "/code", "problem.json.characters");
        assertThat(((CallsResource.Cancellation) read("{\"reason\": \"Two lines\\r\\n\\tand \\ud83d\\ude00\"}",
                CallsResource.Cancellation.class)).reason()).isEqualTo("Two lines\r\n\tand \uD83D\uDE00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "42", "null", "true"})
    void aRecordIsAJsonObject(String body) {
        assertRefused(body, CallsResource.Cancellation.class, "", "problem.json.object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"reason\":", "{'reason': 'x'}", "{\"reason\": NaN}", "/* note */ {\"reason\": \"x\"}",
            "{\"reason\": \"x\",}", "{reason: \"x\"}"})
    void malformedJsonIsRefusedWithWhereItBreaks(String body) {
        StrictJson.Refused refused = refused(body, CallsResource.Cancellation.class);

        assertThat(refused.invalid()).singleElement().satisfies(invalid -> {
            assertThat(invalid.pointer()).isEmpty();
            assertThat(invalid.messageKey()).isEqualTo("problem.json.malformed");
            assertThat(invalid.arguments()).hasSize(2);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {" garbage", "{}", ",", " {\"reason\": \"y\"}", "]"})
    void nothingMayFollowTheValue(String trailing) {
        assertRefused("{\"reason\": \"x\"}" + trailing, CallsResource.Cancellation.class, "", "problem.json.trailing");
    }

    @Test
    void aMemberGivenTwiceIsRefusedWhereverItIs() {
        assertRefused("{\"reason\": \"x\", \"reason\": \"y\"}", CallsResource.Cancellation.class, "/reason",
                "problem.json.duplicate");
        assertRefused("{\"reason\": \"x\", \"ignored\": {\"a/b\": 1, \"a/b\": 2}}", CallsResource.Cancellation.class,
                "/ignored/a~1b", "problem.json.duplicate");
    }

    @Test
    void onlyUtf8WithoutAByteOrderMarkIsRead() {
        String body = "{\"reason\": \"Réunion\"}";
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);

        for (byte[] wrong : List.of(bom, body.getBytes(StandardCharsets.UTF_16), body.getBytes(StandardCharsets.UTF_16LE),
                body.getBytes(StandardCharsets.UTF_16BE), body.getBytes(StandardCharsets.ISO_8859_1),
                body.getBytes(Charset.forName("UTF-32")))) {
            assertThat(refused(wrong, CallsResource.Cancellation.class).invalid())
                    .extracting(StrictJson.Invalid::messageKey).containsExactly("problem.json.encoding");
        }
        assertThat(((CallsResource.Cancellation) read(utf8, CallsResource.Cancellation.class)).reason())
                .isEqualTo("Réunion");
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertRefused("", CallsResource.Cancellation.class, "", "problem.json.empty");
        assertRefused("  \n ", CallsResource.Cancellation.class, "", "problem.json.empty");
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsStack() {
        assertThat(refused("[".repeat(100_000), CallsResource.Cancellation.class).invalid())
                .extracting(StrictJson.Invalid::messageKey).containsExactly("problem.json.tooDeep");
        assertThat(refused("{\"reason\": \"x\", \"more\": " + "{\"a\": ".repeat(40) + "1" + "}".repeat(40) + "}",
                CallsResource.Cancellation.class).invalid()).extracting(StrictJson.Invalid::messageKey)
                .containsExactly("problem.json.tooDeep");
    }

    @Test
    void aBodyOverTheLimitIsRefusedAs413() {
        StrictJson.Refused refused = refused("{\"reason\": \"" + "a".repeat(StrictJson.MAX_BYTES) + "\"}",
                CallsResource.Cancellation.class);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.invalid()).extracting(StrictJson.Invalid::messageKey).containsExactly("problem.json.tooLarge");
    }

    @Test
    void theReaderRefusesACharsetOtherThanUtf8AndTakesOnlyRecords() {
        JsonBodyReader reader = new JsonBodyReader();
        byte[] body = "{\"reason\": \"x\"}".getBytes(StandardCharsets.UTF_16);

        StrictJson.Refused refused = catchThrowableOfType(StrictJson.Refused.class, () -> reader.readFrom(
                (Class) CallsResource.Cancellation.class, CallsResource.Cancellation.class, null,
                new MediaType("application", "json", Map.of("charset", "UTF-16")), null, new ByteArrayInputStream(body)));

        assertThat(refused.invalid()).extracting(StrictJson.Invalid::messageKey).containsExactly("problem.json.encoding");
        assertThat(reader.isReadable(CallsResource.Cancellation.class, null, null, MediaType.APPLICATION_JSON_TYPE))
                .isTrue();
        assertThat(reader.isReadable(String.class, null, null, MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    /** Each refusal reads in the caller's language, its values in place. */
    @Test
    void everyRefusalHasItsWordsInEveryLanguage() {
        Map<String, Object[]> keys = Map.ofEntries(Map.entry("problem.json.tooLarge", new Object[]{1024}),
                Map.entry("problem.json.encoding", new Object[0]), Map.entry("problem.json.empty", new Object[0]),
                Map.entry("problem.json.malformed", new Object[]{1, 9}), Map.entry("problem.json.trailing", new Object[]{1, 9}),
                Map.entry("problem.json.tooDeep", new Object[]{32}), Map.entry("problem.json.duplicate", new Object[0]),
                Map.entry("problem.json.required", new Object[0]), Map.entry("problem.json.object", new Object[0]),
                Map.entry("problem.json.array", new Object[0]), Map.entry("problem.json.string", new Object[0]),
                Map.entry("problem.json.characters", new Object[0]), Map.entry("problem.json.boolean", new Object[0]),
                Map.entry("problem.json.integer", new Object[]{0L, 9L}), Map.entry("problem.json.number", new Object[]{60}),
                Map.entry("problem.json.instant", new Object[0]), Map.entry("problem.json.date", new Object[0]),
                Map.entry("problem.json.oneOf", new Object[]{"A, B"}));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.SIMPLIFIED_CHINESE)) {
            keys.forEach((key, values) -> {
                String text = Texts.of(locale, key, values);
                assertThat(text).as(locale + " " + key).isNotEqualTo(key).doesNotContain("{0}");
                if (values.length == 2) {
                    assertThat(text).as(locale + " " + key).contains("9");
                }
            });
        }
        assertThat(Texts.of(Locale.FRENCH, "problem.json.malformed", 1, 9)).contains("n'est");
    }

    @Test
    void constraintPathsBecomeJsonPointersAndParametersKeepTheirNames() {
        assertThat(StrictJson.pointer("create.command.commitments[0].amount")).isEqualTo("/commitments/0/amount");
        assertThat(StrictJson.pointer("create.command.themes[2].<list element>")).isEqualTo("/themes/2");
        assertThat(StrictJson.pointer("replace.content.proposal.title")).isEqualTo("/proposal/title");
        assertThat(StrictJson.pointer("update.code")).isEqualTo("code");
    }
}
