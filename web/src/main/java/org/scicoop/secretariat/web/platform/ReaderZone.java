package org.scicoop.secretariat.web.platform;

import java.time.ZoneId;

/**
 * The time zone of whoever reads the page, as {@link Formats} needs it. Declared here and implemented
 * by the component that knows the user ({@code web.person.CurrentUser}), so that the platform depends
 * on no component.
 */
public interface ReaderZone {

    ZoneId getZone();
}
