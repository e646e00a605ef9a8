package org.scicoop.secretariat.it.project;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Funded projects as public open data (issue 14, item 8), read without a token: the API's JSON (no people, no
 * reports), and the 360Giving export — the JSON grants package validated against the standard's published JSON schema
 * (test resources {@code threesixtygiving/}, see their SOURCE.md) with a maintained validator, the CSV with the
 * standard's column titles (derived here from that schema) and one row per grant; all cacheable (ETag, 304).
 */
class OpenDataIT extends DeployedApplication {

    private static final String FUNDED = "/api/v1/public/projects";
    private static final String JSON = FUNDED + "/360giving.json";
    private static final String CSV = FUNDED + "/360giving.csv";
    private static final List<String> REQUIRED = List.of("Identifier", "Title", "Description", "Currency",
            "Amount Awarded", "Award Date", "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier",
            "Funding Org:Name");

    @Test
    void fundedProjectsAreOpenDataWithoutPeopleOrReports() throws InterruptedException {
        ProjectsApi.Decided decided = ProjectsApi.decided();
        HttpResponse<String> page = Http.get(FUNDED + "?size=200&call=" + decided.call().first().callCode());
        assertThat(page.statusCode()).isEqualTo(200);
        JsonObject first = Json.objects(page.body(), "").stream()
                .filter(p -> p.getJsonNumber("id").longValueExact() == decided.firstProject()).findFirst().orElseThrow();
        assertThat(first.keySet()).contains("id", "acronym", "title", "callCode", "awardDate", "startDate", "endDate",
                "grants").isSubsetOf("id", "acronym", "title", "summary", "callCode", "callTitle", "awardDate",
                "startDate", "endDate", "durationMonths", "state", "grants");
        assertThat(first.getString("acronym")).isEqualTo(decided.call().first().acronym());
        List<JsonObject> grants = first.getJsonArray("grants").getValuesAs(JsonObject.class);
        assertThat(grants).isNotEmpty();
        for (JsonObject grant : grants) {
            assertThat(grant.keySet()).isSubsetOf("id", "coordinator", "organisationId", "organisation", "rorId",
                    "country", "amount", "currency", "commonFund", "agencyId", "agencyAcronym", "agencyName");
            assertThat(grant.getJsonNumber("amount").bigDecimalValue()).isPositive();
        }

        String officer = demoToken("officer");
        String project = Http.getWithToken(decided.project(), officer).body();
        List<String> people = new ArrayList<>();
        Json.objects(project, "partners").forEach(p -> {
            if (p.get("piName") instanceof jakarta.json.JsonString name) {
                people.add(name.getString());
            }
        });
        people.add(Json.text(project, "coordinatorName"));
        for (String body : List.of(page.body(), Http.get(JSON).body(), Http.get(CSV).body())) {
            assertThat(body).doesNotContain("@").doesNotContain("narrative").doesNotContain("piName");
            people.stream().filter(Objects::nonNull).filter(name -> !name.isBlank())
                    .forEach(name -> assertThat(body).doesNotContain(name));
        }
    }

    @Test
    void the360GivingPackageValidatesAgainstTheStandardsPublishedSchema() throws InterruptedException {
        ProjectsApi.decided();
        HttpResponse<String> answer = Http.get(JSON);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        Schema schema = packageSchema();
        List<Error> errors = schema.validate(answer.body(), InputFormat.JSON);
        assertThat(errors).as(answer.body()).isEmpty();

        List<JsonObject> grants = Json.objects(answer.body(), "grants");
        assertThat(grants).hasSize(grantsOfAllFundedProjects());
        assertThat(grants).allSatisfy(g -> assertThat(g.getString("id")).startsWith("360G-scicoop-demo-"));

        // the check can fail: the same package without a required field does not validate
        String broken = answer.body().replaceFirst("\"currency\":\"[A-Z]{3}\",", "");
        assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void the360GivingCsvHasTheStandardsColumnTitlesAndOneRowPerGrant() throws InterruptedException {
        ProjectsApi.decided();
        HttpResponse<String> answer = Http.get(CSV);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<List<String>> rows = csv(answer.body());
        List<String> titles = rows.get(0);
        assertThat(titles).containsAll(REQUIRED).doesNotHaveDuplicates();
        assertThat(schemaTitles()).containsAll(titles);
        List<String> ids = Json.objects(Http.get(JSON).body(), "grants").stream().map(g -> g.getString("id")).toList();
        assertThat(rows).hasSize(ids.size() + 1);
        int identifier = titles.indexOf("Identifier");
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(identifier)).toList()).isEqualTo(ids);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).hasSize(titles.size()));
    }

    @Test
    void openDataIsCacheableByAnyone() {
        for (String path : List.of(FUNDED, JSON, CSV)) {
            HttpResponse<String> answer = Http.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            String etag = answer.headers().firstValue("ETag").orElseThrow();
            assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).as(path)
                    .contains("public").contains("max-age=");
            assertThat(Http.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
            assertThat(Http.get(path, "If-None-Match", "\"other\"").statusCode()).as(path).isEqualTo(200);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static int grantsOfAllFundedProjects() {
        HttpResponse<String> all = Http.get(FUNDED + "?size=200");
        assertThat(Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow())).isLessThanOrEqualTo(200);
        return Json.objects(all.body(), "").stream().mapToInt(p -> p.getJsonArray("grants").size()).sum();
    }

    /** The package schema, with the grant schema it names, both read from the test resources (offline). */
    private static Schema packageSchema() {
        String grant = resource("360-giving-schema.json");
        String pack = resource("360-giving-package-schema.json");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .build()).schemas(Map.of(id(grant), grant, id(pack), pack)));
        return registry.getSchema(SchemaLocation.of(id(pack)));
    }

    /**
     * Every column title the standard's spreadsheet layout derives from the grant schema: a field's title, and for a
     * list of objects its title, a colon and the member's title ("Recipient Org:Identifier").
     */
    private static Set<String> schemaTitles() {
        JsonObject schema = Json.parse(resource("360-giving-schema.json")).asJsonObject();
        JsonObject defs = schema.getJsonObject("$defs");
        Set<String> titles = new LinkedHashSet<>();
        schema.getJsonObject("properties").forEach((name, value) -> {
            JsonObject property = resolved(value.asJsonObject(), defs);
            String title = property.getString("title", value.asJsonObject().getString("title", name));
            JsonObject items = property.getJsonObject("items");
            if (items != null && items.containsKey("$ref")) {
                resolved(items, defs).getJsonObject("properties").forEach((member, field) -> titles.add(title + ":"
                        + resolved(field.asJsonObject(), defs).getString("title", member)));
            } else {
                titles.add(title);
            }
        });
        return titles;
    }

    private static JsonObject resolved(JsonObject property, JsonObject defs) {
        return property.containsKey("$ref")
                ? defs.getJsonObject(property.getString("$ref").replace("#/$defs/", "")) : property;
    }

    private static String id(String schema) {
        return Json.text(schema, "$id");
    }

    private static String resource(String name) {
        try (InputStream in = OpenDataIT.class.getResourceAsStream("/threesixtygiving/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: records of fields, quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
