package org.scicoop.secretariat.call.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.call.boundary.CallView;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.CallDocument;
import org.scicoop.secretariat.call.entity.Commitment;
import org.scicoop.secretariat.reference.control.ExchangeRates;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the aggregate into what screens and the API show, with euro equivalents at today's rates. */
@Dependent
public class CallViews {

    @Inject
    ExchangeRates rates;

    @Inject
    Clock clock;

    @Inject
    CallAccess access;

    /**
     * What the caller may do with the call: officers act on it as its state allows; officers, administrators and
     * national contacts list the proposals of a published call; everyone else reads.
     */
    CallView.Rights rights(Call call) {
        boolean proposals = call.isPublished() && access.readsProposalLists();
        if (!access.isOfficer()) {
            return proposals ? new CallView.Rights(false, false, false, false, false, false, true, false)
                    : CallView.Rights.NONE;
        }
        return new CallView.Rights(call.isChangeable(), call.isOpenable(), call.isExtendable(), call.isChangeable(),
                true, call.isChangeable(), proposals, call.hasReachedEvaluation());
    }

    public CallView of(Call call) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<CallView.CommitmentView> commitments = call.getCommitments().stream()
                .map(c -> commitment(c, today)).toList();
        Map<String, BigDecimal> budget = new LinkedHashMap<>();
        call.budgetByCurrency().forEach((currency, amount) -> budget.put(currency.getCurrencyCode(), amount));
        BigDecimal total = call.getCommonFundEur();
        for (CallView.CommitmentView commitment : commitments) {
            total = commitment.amountEur() == null || total == null ? null : total.add(commitment.amountEur());
        }
        return new CallView(call.getCode(), call.getTitle(), call.getSummary(), call.getStatus(),
                call.phase(clock.instant()).orElse(null), call.getOpensAt(), call.getDeadline(),
                call.getCommonFundEur(), call.getRules().getMinPartners(), call.getRules().getMinCountries(),
                call.getRules().isDevelopingPartnerRequired(), call.getRules().isCoordinatorCountryFunds(),
                call.getRules().getMaxDurationMonths(),
                themeCodes(call), commitments, budget, total,
                call.getExtensions().stream().map(e -> new CallView.ExtensionView(e.getPreviousDeadline(),
                        e.getNewDeadline(), e.getReason(), e.getExtendedBy(), e.getExtendedAt())).toList(),
                call.getOpenedAt(), call.getClosedAt(), call.getCancelReason(),
                call.getDocuments().stream().map(d -> document(call, d)).toList(), rights(call), call.getVersion());
    }

    public CallSummary summary(Call call) {
        return new CallSummary(call.getCode(), call.getTitle(), call.getStatus(),
                call.phase(clock.instant()).orElse(null), call.getOpensAt(), call.getDeadline(), themeCodes(call),
                call.getVersion());
    }

    /** A document's metadata with its addresses (served by the web module's API and download servlet). */
    public CallView.DocumentView document(Call call, CallDocument d) {
        String publicHref = call.isPublished()
                ? "/documents/" + call.getCode() + "/" + d.getId() + "/"
                        + URLEncoder.encode(d.getFileName(), StandardCharsets.UTF_8).replace("+", "%20")
                : null;
        return new CallView.DocumentView(d.getId(), d.getTitle(), d.getKind(), d.getLanguage(), d.getFileName(),
                d.getSize(), d.getSha256(), d.getUploadedAt(), d.getUploadedBy(),
                "/api/v1/calls/" + call.getCode() + "/documents/" + d.getId(), publicHref);
    }

    private CallView.CommitmentView commitment(Commitment c, LocalDate today) {
        Optional<BigDecimal> eur = rates.toEur(c.getAmount(), c.getCurrency(), today);
        return new CallView.CommitmentView(c.getAgency().getId(), c.getAgency().getAcronym(), c.getAgency().getName(),
                c.getAgency().getCountry().getCode(), c.getCurrency().getCurrencyCode(), c.getAmount(),
                c.getMaxRequestPerPartner(), eur.orElse(null));
    }

    private static List<String> themeCodes(Call call) {
        return call.getThemes().stream().map(ThematicArea::getCode).sorted().toList();
    }
}
