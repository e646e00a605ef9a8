package org.scicoop.secretariat.web.evaluation;

import org.scicoop.secretariat.evaluation.boundary.AllocationView;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.platform.Formats;
import org.scicoop.secretariat.web.platform.Texts;

import java.util.Locale;

/** An allocation's grants, gaps and payers in the reader's words, the same on the page and in its exports. */
final class AllocationWords {

    private AllocationWords() {
    }

    /** "Sorbonne Université (France): ANR · €200,000.00". */
    static String grant(Locale reader, Formats formats, AllocationView.Grant grant) {
        return Texts.of(reader, "allocation.grant", grant.organisation(), country(reader, grant.country()),
                payer(reader, grant.payer()), formats.money(grant.amount(), grant.currency()));
    }

    /** "NRF could not pay HEATNET: needed R 1,000,000.00, had R 400,000.00". */
    static String gap(Locale reader, Formats formats, AllocationView.Line line, AllocationView.Gap gap) {
        return Texts.of(reader, "allocation.gap", payer(reader, gap.payer()), line.acronym(),
                formats.money(gap.needed(), gap.currency()), formats.money(gap.available(), gap.currency()));
    }

    /** An agency by its acronym; the common fund (no agency) in the reader's words. */
    static String payer(Locale reader, String payer) {
        return payer == null || payer.isBlank() ? Texts.of(reader, "call.commonFund") : payer;
    }

    /** A payer's use: "ANR (France)", or the common fund. */
    static String payer(Locale reader, AllocationView.Use use) {
        return use.agencyId() == null ? Texts.of(reader, "call.commonFund")
                : use.payer() + (use.country() == null ? "" : " (" + country(reader, use.country()) + ")");
    }

    static String country(Locale reader, String code) {
        return code == null ? "" : Country.displayName(code, code, reader);
    }
}
