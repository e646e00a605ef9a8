package org.scicoop.secretariat.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.project.boundary.FundedProject;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.platform.Cells;
import org.scicoop.secretariat.web.platform.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Funded projects in the 360Giving data standard (version 1.4): one grant per partner's grant — the recipient is the
 * partner organisation, the funder the paying agency or the programme's common fund — as a JSON grants package and as
 * CSV with the standard's column titles (its spreadsheet "grants" sheet). Identifiers start with the programme's
 * 360Giving prefix ({@link Settings#grantIdPrefix()}): {@code <prefix>-<project>-<grant>} for grants,
 * {@code <prefix>-agency-<id>} and {@code <prefix>-common-fund} for funders; a recipient with a ROR id is
 * {@code XI-ROR-<id>} (org-id.guide's list of ROR), else {@code <prefix>-organisation-<id>}. Texts are in English,
 * the standard's language; nothing about people.
 */
final class ThreeSixtyGiving {

    static final String VERSION = "1.4";
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private record Column(String title, Function<Row, String> value) {
    }

    /** One grant: a partner's grant in its project. */
    private record Row(FundedProject project, FundedProject.FundedGrant grant) {
    }

    /** The grants sheet's columns, by the standard's titles. */
    private static final List<Column> COLUMNS = List.of(
            new Column("Identifier", ThreeSixtyGiving::id),
            new Column("Title", r -> title(r.project())),
            new Column("Description", r -> description(r.project())),
            new Column("Currency", r -> r.grant().currency()),
            new Column("Amount Awarded", r -> r.grant().amount().toPlainString()),
            new Column("Award Date", r -> r.project().awardDate().toString()),
            new Column("Planned Dates:Start Date", r -> r.project().startDate().toString()),
            new Column("Planned Dates:End Date", r -> r.project().endDate().toString()),
            new Column("Planned Dates:Duration (months)", r -> Integer.toString(r.project().durationMonths())),
            new Column("Recipient Org:Identifier", r -> recipientId(r.grant())),
            new Column("Recipient Org:Name", r -> r.grant().organisation()),
            new Column("Recipient Org:Country", r -> country(r.grant().country())),
            new Column("Beneficiary Location:Name", r -> country(r.grant().country())),
            new Column("Beneficiary Location:Country Code", r -> r.grant().country()),
            new Column("Funding Org:Identifier", r -> funderId(r.grant())),
            new Column("Funding Org:Name", r -> funderName(r.grant())),
            new Column("Grant Programme:Code", r -> r.project().callCode()),
            new Column("Grant Programme:Title", r -> r.project().callTitle()),
            new Column("Grant Programme:URL", r -> callUrl(r.project())),
            new Column("From An Open Call?", r -> "Yes"));

    private ThreeSixtyGiving() {
    }

    /** The grants package: the grants and what the standard's package schema says of the file. */
    static JsonObject json(List<FundedProject> projects, String downloadUrl) {
        JsonArrayBuilder grants = Json.createArrayBuilder();
        rows(projects).forEach(row -> grants.add(grant(row, downloadUrl)));
        return Json.createObjectBuilder()
                .add("version", VERSION)
                .add("title", Texts.of(Locale.ENGLISH, "openData.package.title"))
                .add("description", Texts.of(Locale.ENGLISH, "openData.package.description"))
                .add("publisher", Json.createObjectBuilder()
                        .add("name", Texts.of(Locale.ENGLISH, "app.name"))
                        .add("website", Settings.appUrl() + "/"))
                .add("license", LICENSE)
                .add("downloadURL", downloadUrl)
                .add("accessURL", Settings.appUrl() + "/calls.xhtml")
                .add("grants", grants)
                .build();
    }

    /** The grants sheet as CSV (RFC 4180, UTF-8): the titles, then one row per grant. */
    static String csv(List<FundedProject> projects) {
        StringBuilder csv = new StringBuilder(COLUMNS.stream().map(c -> Cells.csv(c.title()))
                .collect(Collectors.joining(","))).append("\r\n");
        rows(projects).forEach(row -> csv.append(COLUMNS.stream().map(c -> Cells.csv(c.value().apply(row)))
                .collect(Collectors.joining(","))).append("\r\n"));
        return csv.toString();
    }

    private static List<Row> rows(List<FundedProject> projects) {
        return projects.stream().flatMap(p -> p.grants().stream().map(g -> new Row(p, g))).toList();
    }

    private static JsonObject grant(Row row, String downloadUrl) {
        FundedProject project = row.project();
        FundedProject.FundedGrant grant = row.grant();
        JsonObjectBuilder recipient = Json.createObjectBuilder().add("id", recipientId(grant))
                .add("name", grant.organisation()).add("addressCountry", country(grant.country()));
        return Json.createObjectBuilder()
                .add("id", id(row))
                .add("title", title(project))
                .add("description", description(project))
                .add("currency", grant.currency())
                .add("amountAwarded", grant.amount())
                .add("awardDate", project.awardDate().toString())
                .add("plannedDates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("startDate", project.startDate().toString())
                        .add("endDate", project.endDate().toString())
                        .add("duration", project.durationMonths())))
                .add("recipientOrganization", Json.createArrayBuilder().add(recipient))
                .add("beneficiaryLocation", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", country(grant.country())).add("countryCode", grant.country())))
                .add("fundingOrganization", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", funderId(grant)).add("name", funderName(grant))))
                .add("grantProgramme", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("code", project.callCode()).add("title", project.callTitle())
                        .add("url", callUrl(project))))
                .add("fromOpenCall", "Yes")
                .add("dataSource", downloadUrl)
                .build();
    }

    private static String id(Row row) {
        return Settings.grantIdPrefix() + "-" + row.project().id() + "-" + row.grant().id();
    }

    private static String title(FundedProject project) {
        return project.acronym() + ": " + project.title();
    }

    private static String description(FundedProject project) {
        return project.summary() == null || project.summary().isBlank() ? project.title() : project.summary();
    }

    private static String recipientId(FundedProject.FundedGrant grant) {
        return grant.rorId() != null ? "XI-ROR-" + grant.rorId()
                : Settings.grantIdPrefix() + "-organisation-" + grant.organisationId();
    }

    private static String funderId(FundedProject.FundedGrant grant) {
        return Settings.grantIdPrefix() + (grant.commonFund() ? "-common-fund" : "-agency-" + grant.agencyId());
    }

    private static String funderName(FundedProject.FundedGrant grant) {
        return grant.commonFund() ? Texts.of(Locale.ENGLISH, "openData.commonFund") : grant.agencyName();
    }

    private static String country(String code) {
        return Country.displayName(code, code, Locale.ENGLISH);
    }

    private static String callUrl(FundedProject project) {
        return Settings.appUrl() + "/call.xhtml?code=" + URLEncoder.encode(project.callCode(), StandardCharsets.UTF_8);
    }
}
