package org.scicoop.secretariat.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.boundary.ProjectSummary;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.PagedLazyModel;

import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;

/** "My projects": the projects of the consortia the member belongs to, a lazy table on {@code ProjectService.mine}. */
@Named
@ViewScoped
public class MyProjectsView implements Serializable {

    @Inject
    ProjectService projects;

    @Inject
    LocaleBean locale;

    private PagedLazyModel<ProjectSummary> model;

    public PagedLazyModel<ProjectSummary> getModel() {
        if (model == null) {
            ProjectService service = projects;
            model = new PagedLazyModel<>(service::mine, summary -> Long.toString(summary.id()), Map::of);
        }
        return model;
    }

    /** The partners' countries, named in the reader's language. */
    public String countries(ProjectSummary summary) {
        return summary.countries().stream().map(code -> Country.displayName(code, code, locale.getLocale()))
                .collect(Collectors.joining(", "));
    }
}
