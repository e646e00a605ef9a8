package org.scicoop.secretariat.web.proposal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scicoop.secretariat.call.entity.Call;

import java.io.IOException;

/**
 * The "Apply" link of the public call page: {@code /app/proposals/apply/{code}} goes on to the new
 * proposal's page for that call. The call is in the path, not the query, because the login that
 * may happen on the way returns to the path but drops the query string.
 */
@WebServlet("/app/proposals/apply/*")
public class ApplyServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!code.matches(Call.CODE_PATTERN)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/app/proposals/new.xhtml?call=" + code);
    }
}
