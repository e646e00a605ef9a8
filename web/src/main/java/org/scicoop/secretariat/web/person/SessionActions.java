package org.scicoop.secretariat.web.person;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

@Named
@RequestScoped
public class SessionActions {

    /**
     * Ends the login everywhere: {@code logout()} ends the Keycloak single sign-on session as well,
     * so opening a protected page afterwards asks for the password again.
     */
    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/?loggedOut=true");
    }
}
