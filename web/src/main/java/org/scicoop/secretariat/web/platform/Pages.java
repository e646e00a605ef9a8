package org.scicoop.secretariat.web.platform;

import jakarta.faces.context.FacesContext;

import java.io.IOException;

/**
 * What a page answers when what it shows is not there, or not for this reader (a missing, empty, unknown or draft
 * code, another consortium's proposal): the styled 404 page ({@code web.xml}), never a 500. Called from a page's
 * {@code f:viewAction}, before anything is rendered.
 */
public final class Pages {

    private Pages() {
    }

    /** The 404 page instead of this one. */
    public static void notFound(String what) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, "no such " + what);
        context.responseComplete();
    }

    /**
     * A request parameter that names something: given, with more than white space and control characters in it (a
     * NUL alone is blank to the services' {@code @NotBlank}).
     */
    public static boolean given(String value) {
        return value != null && !value.isBlank() && !value.trim().isEmpty();
    }

    /** An id from the address: a number, else null (anything else names something that does not exist). */
    public static Long id(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }
}
