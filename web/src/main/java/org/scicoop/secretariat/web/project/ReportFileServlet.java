package org.scicoop.secretariat.web.project;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.boundary.ReportFile;
import org.scicoop.secretariat.web.platform.Downloads;

import java.io.IOException;

/**
 * Downloads a milestone report's attachment for the pages: {@code /app/projects/files/{project}/{milestone}/{id}/{name}},
 * for whoever may read that version ({@code ProjectService.attachment}: drafts the consortium and officers only);
 * anyone else gets 404, as for a file that does not exist ({@link Downloads}, as a proposal's attachment).
 */
@WebServlet("/app/projects/files/*")
public class ReportFileServlet extends HttpServlet {

    @Inject
    ProjectService projects;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.pdf(request, response, 3, (ids, known) -> {
            ReportFile file = projects.attachment(ids[0], ids[1], ids[2], known);
            return new Downloads.Found(file.attachment().sha256(), file.attachment().fileName(), file.content());
        });
    }
}
