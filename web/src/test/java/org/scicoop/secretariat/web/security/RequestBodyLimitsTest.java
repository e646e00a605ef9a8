package org.scicoop.secretariat.web.security;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.control.Settings;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitsTest {

    @Test
    void onlyASignedInUsersUploadTakesTheUploadLimit() {
        long upload = Settings.maxUploadRequestBytes();
        long small = Settings.maxBodyBytes();

        assertThat(RequestBodyLimits.limit("/api/v1/proposals/12/attachments", true)).isEqualTo(upload);
        assertThat(RequestBodyLimits.limit("/api/v1/calls/IT-DOC-1/documents", true)).isEqualTo(upload);
        assertThat(RequestBodyLimits.limit("/app/proposals/proposal.xhtml", true)).isEqualTo(upload);
        assertThat(RequestBodyLimits.limit("/app/calls/view.xhtml", true)).isEqualTo(upload);

        assertThat(RequestBodyLimits.limit("/api/v1/proposals/12/attachments", false)).isEqualTo(small);
        assertThat(RequestBodyLimits.limit("/app/proposals/proposal.xhtml", false)).isEqualTo(small);
        assertThat(RequestBodyLimits.limit("/api/v1/proposals/12", true)).isEqualTo(small);
        assertThat(RequestBodyLimits.limit("/api/v1/proposals/12/attachments/3", true)).isEqualTo(small);
        assertThat(RequestBodyLimits.limit("/index.xhtml", false)).isEqualTo(small);
    }

    @Test
    void theUploadLimitLeavesRoomForTheLargestFileAndTheSmallLimitIsSmall() {
        assertThat(Settings.maxUploadRequestBytes()).isGreaterThan(Settings.maxProposalAttachmentBytes())
                .isGreaterThan(Settings.maxDocumentBytes());
        assertThat(Settings.maxBodyBytes()).isLessThanOrEqualTo(2L * 1024 * 1024);
    }
}
