package org.scicoop.secretariat.web.proposal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scicoop.secretariat.proposal.boundary.AttachmentFile;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.web.platform.Downloads;

import java.io.IOException;

/**
 * Downloads a proposal's attachment: {@code /app/proposals/files/{id}/{attachmentId}/{file-name}}, for
 * whoever may read the proposal (anyone else gets 404, as for a proposal that does not exist). The
 * name in the address is for people and is not checked. Served as an attachment with the sanitised
 * name, {@code nosniff}, and the checksum as {@code ETag} (304 without reading the bytes).
 */
@WebServlet("/app/proposals/files/*")
public class ProposalFileServlet extends HttpServlet {

    @Inject
    ProposalService proposals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.pdf(request, response, 2, (ids, known) -> {
            AttachmentFile file = proposals.attachment(ids[0], ids[1], known);
            return new Downloads.Found(file.attachment().sha256(), file.attachment().fileName(), file.content());
        });
    }
}
