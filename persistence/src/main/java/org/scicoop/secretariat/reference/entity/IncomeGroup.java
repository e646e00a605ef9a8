package org.scicoop.secretariat.reference.entity;

/**
 * World Bank income classification of a country. Low and lower-middle income countries count as
 * developing for the programme's rules (common fund, developing-country partner requirement).
 */
public enum IncomeGroup {
    LOW(true),
    LOWER_MIDDLE(true),
    UPPER_MIDDLE(false),
    HIGH(false),
    UNCLASSIFIED(false);

    private final boolean developing;

    IncomeGroup(boolean developing) {
        this.developing = developing;
    }

    public boolean isDeveloping() {
        return developing;
    }
}
