package org.scicoop.secretariat.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.boundary.ProjectView;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Pages;

import java.io.IOException;
import java.io.Serializable;

/**
 * A project, read-only ({@code ?id=}): partners with their grants, the milestones as a timeline with their states and
 * report versions. A project the reader may not see is the styled 404, as a missing one.
 */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

    @Inject
    ProjectService projects;

    @Inject
    LocaleBean locale;

    private String idParameter;
    private ProjectView project;

    public void load() throws IOException {
        if (project != null) {
            return;
        }
        Long id = Pages.id(idParameter);
        try {
            if (id == null) {
                throw new NotFound("project");
            }
            project = projects.get(id);
        } catch (NotFound e) {
            Pages.notFound("project");
        }
    }

    /** Reads the project again (after someone else changed it meanwhile). */
    public void reload() {
        project = projects.get(project.id());
    }

    public String country(String code) {
        return Country.displayName(code, code, locale.getLocale());
    }

    public ProjectView getProject() {
        return project;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }
}
