package benchmark;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BENCHMARK ONLY, never part of the application: the yardstick of benchmarks/calls.sh. Serves the
 * first page of the calls list (20 rows: code, title, status, opening, deadline, themes) as a plain
 * HTML table, by hand-written JDBC on the application's datasource — the least work a server can do
 * for the same rows, against which the PrimeFaces page's throughput is given as a ratio.
 */
@WebServlet("/calls")
public class BaselineCallsServlet extends HttpServlet {

    @Resource(lookup = "java:jboss/datasources/SecretariatDS")
    DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*) from funding_call");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            Map<Long, String[]> calls = new LinkedHashMap<>();
            try (PreparedStatement page = connection.prepareStatement("select id, code, title, status, opens_at, deadline"
                    + " from funding_call order by deadline desc, code offset 0 rows fetch next 20 rows only");
                 ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    calls.put(rows.getLong(1), new String[]{rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), ""});
                }
            }
            if (!calls.isEmpty()) {
                List<Long> ids = new ArrayList<>(calls.keySet());
                String in = String.join(",", ids.stream().map(id -> "?").toList());
                try (PreparedStatement themes = connection.prepareStatement("select ct.call_id, t.code from funding_call_theme ct"
                        + " join thematic_area t on t.id = ct.theme_id where ct.call_id in (" + in + ") order by t.code")) {
                    for (int i = 0; i < ids.size(); i++) {
                        themes.setLong(i + 1, ids.get(i));
                    }
                    try (ResultSet rows = themes.executeQuery()) {
                        while (rows.next()) {
                            String[] call = calls.get(rows.getLong(1));
                            call[5] = call[5].isEmpty() ? rows.getString(2) : call[5] + ", " + rows.getString(2);
                        }
                    }
                }
            }
            PrintWriter out = response.getWriter();
            out.print("<!DOCTYPE html><html lang=\"en\"><head><title>Calls</title></head><body><h1>Calls (");
            out.print(total);
            out.print(")</h1><table><thead><tr><th>Code</th><th>Title</th><th>Status</th><th>Opens</th>"
                    + "<th>Deadline</th><th>Themes</th></tr></thead><tbody>");
            for (String[] call : calls.values()) {
                out.print("<tr>");
                for (String cell : call) {
                    out.print("<td>");
                    out.print(escape(cell));
                    out.print("</td>");
                }
                out.print("</tr>");
            }
            out.print("</tbody></table></body></html>");
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
