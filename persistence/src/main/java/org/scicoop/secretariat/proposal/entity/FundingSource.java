package org.scicoop.secretariat.proposal.entity;

/**
 * Who pays a partner: its country's agency that commits to the call, the programme's common fund
 * (developing countries whose agency does not fund the call), or nobody (self-funded, request 0).
 */
public enum FundingSource {
    AGENCY, COMMON_FUND, SELF_FUNDED
}
