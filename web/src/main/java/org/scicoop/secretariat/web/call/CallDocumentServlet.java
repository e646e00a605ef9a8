package org.scicoop.secretariat.web.call;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.DocumentFile;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.web.platform.Downloads;

import java.io.IOException;

/**
 * Downloads a call document: {@code /documents/{code}/{id}/{file-name}} for anyone, published calls
 * only (a draft's documents are 404), and {@code /app/calls/documents/…} for the secretariat, drafts
 * included. The file name in the address is for people and is not checked. Anonymous downloads touch
 * no HTTP session; a client that holds the file ({@code If-None-Match}) gets 304 without it being read.
 */
@WebServlet(urlPatterns = {"/documents/*", "/app/calls/documents/*"})
public class CallDocumentServlet extends HttpServlet {

    @Inject
    CallService calls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        // "", code, id[, name]
        if (parts.length < 3 || !parts[1].matches(Call.CODE_PATTERN) || !parts[2].matches("[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String code = parts[1];
        long id = Long.parseLong(parts[2]);
        boolean secretariat = request.getServletPath().startsWith("/app/");
        String known = Downloads.knownChecksum(request.getHeader("If-None-Match"));
        DocumentFile file;
        try {
            file = secretariat ? calls.document(code, id, known) : calls.publishedDocument(code, id, known);
        } catch (NotFound unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Downloads.pdf(request, response, file.document().sha256(), file.document().fileName(), file.content(),
                secretariat ? "private, no-cache" : "public, max-age=300");
    }
}
