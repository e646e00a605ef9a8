package org.scicoop.secretariat.web.proposal;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.web.platform.Downloads;

import static org.assertj.core.api.Assertions.assertThat;

/** The addresses of attachments and receipts: anything but the expected shape is a 404, never an error. */
class ProposalDownloadsTest {

    @Test
    void anAttachmentAddressNamesTheProposalAndTheAttachmentTheFileNameIsForPeople() {
        assertThat(Downloads.ids("/12/345/Full description.pdf", 2)).containsExactly(12, 345);
        assertThat(Downloads.ids("/12/345", 2)).containsExactly(12, 345);
    }

    @Test
    void malformedAttachmentAddressesAreRefused() {
        assertThat(Downloads.ids(null, 2)).isNull();
        assertThat(Downloads.ids("/12", 2)).isNull();
        assertThat(Downloads.ids("/12/x/name.pdf", 2)).isNull();
        assertThat(Downloads.ids("/-1/2/name.pdf", 2)).isNull();
        assertThat(Downloads.ids("12/3/name.pdf", 2)).isNull();
        assertThat(Downloads.ids("/1234567890123456789/3", 2)).as("too long for a long").isNull();
    }

    @Test
    void aReceiptAddressIsTheProposalAndTheVersionAsPdf() {
        assertThat(ReceiptServlet.receiptIds("/7/2.pdf")).containsExactly(7, 2);
        assertThat(ReceiptServlet.receiptIds("/7/2")).isNull();
        assertThat(ReceiptServlet.receiptIds("/7/2/x.pdf")).isNull();
        assertThat(ReceiptServlet.receiptIds("/7/99999999999.pdf")).as("no such version number").isNull();
        assertThat(ReceiptServlet.receiptIds("/7/..%2F.pdf")).isNull();
    }
}
