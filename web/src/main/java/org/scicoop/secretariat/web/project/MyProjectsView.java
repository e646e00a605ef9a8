package org.scicoop.secretariat.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.boundary.ProjectSummary;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.person.CurrentUser;
import org.scicoop.secretariat.web.platform.PagedLazyModel;

import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "My projects": the projects the reader may see, a lazy table on {@code ProjectService.list} — a member's are those
 * of their consortia, a national contact's those with a partner of their country, the secretariat's all of them.
 */
@Named
@ViewScoped
public class MyProjectsView implements Serializable {

    @Inject
    ProjectService projects;

    @Inject
    LocaleBean locale;

    @Inject
    CurrentUser user;

    private PagedLazyModel<ProjectSummary> model;

    public PagedLazyModel<ProjectSummary> getModel() {
        if (model == null) {
            ProjectService service = projects;
            model = new PagedLazyModel<>(service::list, summary -> Long.toString(summary.id()), Map::of);
        }
        return model;
    }

    /** A consortium member reads "My projects"; anyone else "Projects". */
    public boolean isMember() {
        return user.hasRole(Roles.CONSORTIUM_MEMBER);
    }

    /** The partners' countries, named in the reader's language. */
    public String countries(ProjectSummary summary) {
        return summary.countries().stream().map(code -> Country.displayName(code, code, locale.getLocale()))
                .collect(Collectors.joining(", "));
    }
}
