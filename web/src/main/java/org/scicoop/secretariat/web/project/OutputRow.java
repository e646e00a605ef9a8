package org.scicoop.secretariat.web.project;

import org.scicoop.secretariat.project.boundary.ProjectCommands;
import org.scicoop.secretariat.project.boundary.ProjectView;
import org.scicoop.secretariat.project.entity.OutputKind;

import java.io.Serializable;

/** One output row of the report editor: its kind, the link as typed (a DOI in any accepted form) and a title. */
public class OutputRow implements Serializable {

    private OutputKind kind = OutputKind.DOI;
    private String link;
    private String title;

    static OutputRow of(ProjectView.OutputView output) {
        OutputRow row = new OutputRow();
        row.kind = output.kind();
        row.link = output.link();
        row.title = output.title();
        return row;
    }

    /** Nothing typed in it: left out of the draft. */
    boolean isEmpty() {
        return blank(link) && blank(title);
    }

    boolean hasLink() {
        return !blank(link);
    }

    ProjectCommands.Output command() {
        return new ProjectCommands.Output(kind, link.strip(), blank(title) ? null : title.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public OutputKind getKind() {
        return kind;
    }

    public void setKind(OutputKind kind) {
        this.kind = kind;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
