package org.scicoop.secretariat.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.boundary.ProjectView;
import org.scicoop.secretariat.web.platform.HistoryPage;

/** A project's history ({@code /app/projects/history.xhtml?id=}, {@code ProjectService.history}). */
@Named
@ViewScoped
public class ProjectHistoryPage extends HistoryPage<ProjectView> {

    @Inject
    ProjectService projects;

    @Override
    protected ProjectView read(long id) {
        return projects.get(id);
    }

    @Override
    protected Page<Change> history(long id, PageRequest request) {
        return projects.history(id, request);
    }

    @Override
    protected String what() {
        return "project";
    }
}
