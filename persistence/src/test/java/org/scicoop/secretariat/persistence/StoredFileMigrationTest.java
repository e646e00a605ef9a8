package org.scicoop.secretariat.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scicoop.secretariat.call.entity.CallDocument;
import org.scicoop.secretariat.platform.file.entity.StoredFile;
import org.scicoop.secretariat.platform.schema.SchemaMigration;
import org.scicoop.secretariat.proposal.entity.ProposalAttachment;
import org.scicoop.secretariat.proposal.entity.ProposalSubmission;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration V10 moves the bytes of call documents ({@code call_document_content}, one row per document) and of
 * proposal attachments ({@code proposal_file}, by checksum) into the one file store, and loses nothing: a
 * database at version 9 holding both kinds is migrated, then read through the current mapping.
 */
class StoredFileMigrationTest {

    private static final OffsetDateTime THEN = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final byte[] GUIDE = pdf("guide for applicants", 200_000);
    private static final byte[] SHARED = pdf("template, also attached to a proposal", 50_000);
    private static final byte[] DESCRIPTION = pdf("description shared by two proposals", 80_000);
    private static final byte[] EARLIER = pdf("letter only an earlier version names", 1_000);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyDocumentAndAttachmentKeepsItsBytesInTheOneStore(TestDatabase database) throws SQLException {
        DataSource dataSource = database.freshDataSource();
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations(SchemaMigration.PRODUCTION_LOCATION).target("9").load().migrate();
        Map<Long, byte[]> documents = new HashMap<>();
        Map<Long, byte[]> attachments = new HashMap<>();
        long heatnet;
        long submission;
        try (Connection db = dataSource.getConnection()) {
            long first = call(db, "MIG-2026-01");
            long second = call(db, "MIG-2026-02");
            documents.put(document(db, first, "guide.pdf", GUIDE), GUIDE);
            documents.put(document(db, first, "template.pdf", SHARED), SHARED);
            documents.put(document(db, second, "guide.pdf", GUIDE), GUIDE);
            heatnet = proposal(db, first, "HEATNET");
            long coastwise = proposal(db, first, "COASTWISE");
            for (byte[] file : List.of(SHARED, DESCRIPTION, EARLIER)) {
                proposalFile(db, file);
            }
            attachments.put(attachment(db, heatnet, "template.pdf", SHARED), SHARED);
            attachments.put(attachment(db, heatnet, "description.pdf", DESCRIPTION), DESCRIPTION);
            attachments.put(attachment(db, coastwise, "description.pdf", DESCRIPTION), DESCRIPTION);
            submission = submission(db, heatnet, DESCRIPTION, EARLIER);
        }

        SchemaMigration.migrate(dataSource, false, getClass().getClassLoader());

        try (EntityManagerFactory emf = PersistenceSchemaTest.entityManagerFactory(dataSource, "validate")) {
            EntityManager em = emf.createEntityManager();
            documents.forEach((id, bytes) -> assertStored(em, em.find(CallDocument.class, id).getSha256(), bytes));
            attachments.forEach((id, bytes) -> assertStored(em, em.find(ProposalAttachment.class, id).getSha256(),
                    bytes));
            Matcher named = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"")
                    .matcher(em.find(ProposalSubmission.class, submission).getContent());
            assertThat(named.find()).isTrue();
            assertStored(em, named.group(1), DESCRIPTION);
            assertThat(named.find()).isTrue();
            assertStored(em, named.group(1), EARLIER);
        }
        assertThat(PersistenceSchemaTest.count(dataSource, "stored_file"))
                .as("the guide of two calls, the file in a call and a proposal, the description of two proposals:"
                        + " each once").isEqualTo(4);
        assertThat(tables(dataSource)).contains("stored_file")
                .doesNotContain("call_document_content", "proposal_file");
        try (Connection db = dataSource.getConnection()) {
            assertThatThrownBy(() -> attachment(db, heatnet, "lost.pdf", pdf("never stored", 10)))
                    .as("a reference without bytes is refused").isInstanceOf(SQLException.class)
                    .message().containsIgnoringCase("proposal_attachment_file_fk");
        }
    }

    private static void assertStored(EntityManager em, String sha256, byte[] bytes) {
        assertThat(sha256).isEqualTo(StoredFile.sha256(bytes));
        StoredFile file = em.find(StoredFile.class, sha256);
        assertThat(file).as("stored file " + sha256).isNotNull();
        assertThat(file.getBytes()).isEqualTo(bytes);
        assertThat(file.getSize()).isEqualTo(bytes.length);
        assertThat(file.getCreatedAt()).isNotNull();
    }

    private static byte[] pdf(String seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed.hashCode()).nextBytes(bytes);
        byte[] head = ("%PDF-1.7 " + seed).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
        return bytes;
    }

    private static long call(Connection db, String code) throws SQLException {
        return insert(db, "insert into funding_call (code, title, summary, status, opens_at, deadline, min_partners,"
                + " min_countries, developing_partner_required, coordinator_country_funds, max_duration_months,"
                + " created_at) values (?, 'Migration', 'Files move.', 'OPEN', ?, ?, 2, 2, false, false, 36, ?)",
                code, THEN, THEN.plusMonths(3), THEN);
    }

    private static long document(Connection db, long call, String fileName, byte[] bytes) throws SQLException {
        long content = insert(db, "insert into call_document_content (bytes) values (?)", (Object) bytes);
        return insert(db, "insert into call_document (call_id, title, kind, file_name, size_bytes, sha256,"
                + " content_type, uploaded_at, uploaded_by, content_id)"
                + " values (?, ?, 'GUIDE', ?, ?, ?, 'application/pdf', ?, 'officer', ?)",
                call, fileName, fileName, (long) bytes.length, StoredFile.sha256(bytes), THEN, content);
    }

    private static long proposal(Connection db, long call, String acronym) throws SQLException {
        return insert(db, "insert into proposal (call_id, coordinator, acronym, status, created_at)"
                + " values (?, 'member', ?, 'DRAFT', ?)", call, acronym, THEN);
    }

    private static void proposalFile(Connection db, byte[] bytes) throws SQLException {
        execute(db, "insert into proposal_file (sha256, size_bytes, bytes) values (?, ?, ?)",
                StoredFile.sha256(bytes), (long) bytes.length, bytes);
    }

    private static long attachment(Connection db, long proposal, String fileName, byte[] bytes) throws SQLException {
        return insert(db, "insert into proposal_attachment (proposal_id, kind, file_name, size_bytes, sha256,"
                + " uploaded_at, uploaded_by) values (?, 'OTHER', ?, ?, ?, ?, 'member')",
                proposal, fileName, (long) bytes.length, StoredFile.sha256(bytes), THEN);
    }

    /** A submitted version names its files by checksum inside its JSON, as {@code ProposalView.Content} does. */
    private static long submission(Connection db, long proposal, byte[]... files) throws SQLException {
        StringBuilder json = new StringBuilder("{\"acronym\":\"HEATNET\",\"attachments\":[");
        for (int i = 0; i < files.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"fileName\":\"file").append(i).append(".pdf\",\"id\":")
                    .append(100 + i).append(",\"kind\":\"OTHER\",\"sha256\":\"")
                    .append(StoredFile.sha256(files[i])).append("\",\"size\":").append(files[i].length).append('}');
        }
        json.append("]}");
        return insert(db, "insert into proposal_submission (proposal_id, version_number, receipt, submitted_at,"
                + " submitted_by, content) values (?, 1, ?, ?, 'member', ?)",
                proposal, "MIG-2026-01-P" + proposal + "-V1", THEN, json.toString());
    }

    /** Inserts a row and answers its generated {@code id}. */
    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            run(statement, values);
            try (var keys = statement.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                return keys.getLong("id");
            }
        }
    }

    private static void execute(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            run(statement, values);
        }
    }

    private static void run(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof byte[] bytes) {
                statement.setBytes(i + 1, bytes);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        statement.executeUpdate();
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection();
             var result = db.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (result.next()) {
                names.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }
}
