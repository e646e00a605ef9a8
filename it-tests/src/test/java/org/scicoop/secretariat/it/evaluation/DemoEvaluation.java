package org.scicoop.secretariat.it.evaluation;

/** The demo data's evaluation calls (db/demo/R__demo_4_evaluation.sql). */
public final class DemoEvaluation {

    /** A call in evaluation: reviews partly in, one declared conflict. */
    public static final String IN_EVALUATION = "STI-2025-WATR-01";

    /** A decided call: a funding gap, a partner funded from the common fund. */
    public static final String DECIDED = "STI-2024-BIOD-01";

    private DemoEvaluation() {
    }
}
