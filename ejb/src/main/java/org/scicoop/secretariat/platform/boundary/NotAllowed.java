package org.scicoop.secretariat.platform.boundary;

import org.scicoop.secretariat.platform.rules.RuleViolation;

/**
 * The caller may see the thing but not do this with it (a partner's investigator asking for the coordinator's
 * change): 403, and since they may see it, saying why reveals nothing. Someone who may not even see the thing gets
 * {@link NotFound} instead.
 */
public class NotAllowed extends RuleViolation {

    public NotAllowed(String messageKey, Object... values) {
        super(messageKey, values);
    }
}
