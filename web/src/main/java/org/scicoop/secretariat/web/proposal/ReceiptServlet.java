package org.scicoop.secretariat.web.proposal;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.boundary.ReceiptView;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Downloads;
import org.scicoop.secretariat.web.platform.Formats;
import org.scicoop.secretariat.web.platform.PdfFonts;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PDF receipt of a submitted version: {@code /app/proposals/receipt/{id}/{version}.pdf}, for
 * whoever may read the proposal (anyone else: 404). Built from the version as it was submitted, in
 * the reader's language, the time in the reader's zone and in UTC as in the receipt e-mail, the submitter by name.
 */
@WebServlet("/app/proposals/receipt/*")
public class ReceiptServlet extends HttpServlet {


    @Inject
    ProposalService proposals;

    @Inject
    LocaleBean locale;

    @Inject
    Formats formats;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long[] ids = receiptIds(request.getPathInfo());
        if (ids == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReceiptView receipt;
        try {
            receipt = proposals.submission(ids[0], (int) ids[1]);
        } catch (NotFound | EJBAccessException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale reader = locale.getLocale();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            ReceiptPdf.fromEnvironment().write(receipt(receipt, reader), pdf);
        } catch (PdfFonts.Unavailable missing) {
            missing.answer(response, reader);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Content-Disposition", Downloads.contentDisposition(receipt.receipt() + ".pdf"));
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }

    private ReceiptPdf.Receipt receipt(ReceiptView receipt, Locale reader) {
        List<String[]> values = new ArrayList<>();
        values.add(new String[]{Texts.of(reader, "proposal.receipt.number"), receipt.receipt()});
        values.add(new String[]{Texts.of(reader, "proposal.receipt.at"),
                formats.instant(receipt.submittedAt()) + " · " + Formats.utc(receipt.submittedAt())});
        values.add(new String[]{Texts.of(reader, "proposal.field.acronym"), receipt.acronym()});
        values.add(new String[]{Texts.of(reader, "proposal.field.title"), receipt.content().title()});
        values.add(new String[]{Texts.of(reader, "proposal.call"), receipt.callCode() + " — " + receipt.callTitle()});
        values.add(new String[]{Texts.of(reader, "proposal.submission.version"), Integer.toString(receipt.version())});
        values.add(new String[]{Texts.of(reader, "proposal.submission.by"), receipt.submittedByName()});
        receipt.content().partners().stream().filter(ProposalView.PartnerView::coordinating).findFirst()
                .ifPresent(coordinator -> values.add(new String[]{Texts.of(reader, "proposal.coordinator"),
                        coordinator.organisation() + (coordinator.piName() == null ? "" : " — " + coordinator.piName())}));
        values.add(new String[]{Texts.of(reader, "proposal.field.duration"),
                receipt.content().durationMonths() == null ? "" : receipt.content().durationMonths().toString()});
        List<String[]> partners = receipt.content().partners().stream()
                .map(p -> new String[]{p.organisation() + (p.piName() == null ? "" : " — " + p.piName()),
                        Country.displayName(p.countryCode(), p.countryName(), reader),
                        Texts.of(reader, "FundingSource." + p.source().name()) + (p.agency() == null ? "" : " · " + p.agency()),
                        p.currency() == null ? Texts.of(reader, "proposal.partner.noRequest")
                                : formats.money(p.requested(), p.currency())})
                .toList();
        return new ReceiptPdf.Receipt(reader.toLanguageTag(), Texts.of(reader, "proposal.receipt.pdfTitle"), values,
                Texts.of(reader, "proposal.step.PARTNERS"),
                List.of(Texts.of(reader, "proposal.partner.organisation"), Texts.of(reader, "proposal.partner.country"),
                        Texts.of(reader, "proposal.partner.funding"), Texts.of(reader, "proposal.partner.requested")),
                partners, Texts.of(reader, "proposal.receipt.footer"));
    }

    /** {@code /12/3.pdf}: the proposal and the version; null for any other shape. */
    static long[] receiptIds(String pathInfo) {
        if (pathInfo == null || !pathInfo.endsWith(".pdf") || pathInfo.split("/", -1).length != 3) {
            return null;
        }
        long[] ids = Downloads.ids(pathInfo.substring(0, pathInfo.length() - 4), 2);
        return ids == null || ids[1] > Integer.MAX_VALUE ? null : ids;
    }
}
