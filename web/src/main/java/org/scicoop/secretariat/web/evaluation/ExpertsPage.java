package org.scicoop.secretariat.web.evaluation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.evaluation.boundary.ExpertInvited;
import org.scicoop.secretariat.evaluation.boundary.ExpertService;
import org.scicoop.secretariat.evaluation.boundary.ExpertView;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.Unavailable;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.boundary.ThemeView;
import org.scicoop.secretariat.web.person.CurrentUser;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.reference.ReferenceEditor;
import org.scicoop.secretariat.web.reference.ThemeNames;

import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reviewer pool ({@code /app/evaluation/experts.xhtml}): the experts with their account's state (invited, or
 * active once they signed in), the form that invites a new expert by e-mail, and the panel that adds an existing
 * reviewer's account or corrects an expert. Officers act; administrators read. Refusals are told beside the field
 * the rule is about ({@link ReferenceEditor}); an invitation refused for the address is told at the e-mail.
 */
@Named
@ViewScoped
public class ExpertsPage implements Serializable {

    /** The field of each form a refusal is about: rule message keys (or their beginnings) to input ids. */
    private static final Map<String, String> FIELDS = Map.of(
            "rule.expert.usernameTaken", "username",
            "rule.expert.invitation", "email",
            "rule.expert.emailNeeded", "email",
            "rule.email", "email",
            "rule.expert.unknownOrganisation", "organisation",
            "rule.reference.unknownCountry", "country",
            "rule.expert.tooManyThemes", "themes",
            "rule.call.unknownTheme", "themes",
            "rule.text", "name");

    @Inject
    ExpertService experts;

    @Inject
    OrganisationDirectory directory;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    CurrentUser user;

    private final ReferenceEditor<Long, ExpertForm> editor = new ReferenceEditor<>("expert-form", FIELDS,
            new ExpertForm());
    private final ReferenceEditor<Long, ExpertForm> invitation = new ReferenceEditor<>("invite-form", FIELDS,
            new ExpertForm());
    private List<ExpertView> pool;

    public List<ExpertView> getPool() {
        if (pool == null) {
            pool = experts.list();
        }
        return pool;
    }

    /** Officers invite, add and correct; administrators read the pool. */
    public boolean isMayChange() {
        return user.hasRole(Roles.PROGRAMME_OFFICER);
    }

    public void invite() {
        try {
            invitation.save(() -> experts.invite(invitation.getForm().invitation()), (id, version) -> {
                throw new IllegalStateException("an invitation changes no expert");
            }).ifPresent(saved -> {
                ExpertInvited invited = saved.row();
                Messages.info(invited.added() ? "experts.invited" : "experts.invitedAgain", invited.expert().name(),
                        invited.expert().email());
                invitation.startNew(new ExpertForm());
                pool = null;
            });
        } catch (Unavailable down) {
            Messages.error("problem.proposal.accountsUnavailable");
        }
    }

    public void edit(ExpertView expert) {
        editor.edit(expert.id(), expert.version(), ExpertForm.of(expert));
    }

    public void startNew() {
        editor.startNew(new ExpertForm());
    }

    /** Adds a reviewer's account to the pool, or corrects the expert being edited. */
    public void save() {
        editor.save(() -> experts.add(editor.getForm().command()),
                (id, version) -> experts.describe(id, version, editor.getForm().command())).ifPresent(saved -> {
            Messages.info(saved.created() ? "experts.added" : "experts.saved", saved.row().name());
            pool = null;
            startNew();
        });
    }

    /** The known organisations matching what was typed in the form's search, to choose from. */
    public void searchOrganisations(ExpertForm form) {
        String query = form.getOrganisationQuery();
        form.found(query == null || query.isBlank() ? List.of() : directory.search(query.strip()).stream()
                .map(o -> new ExpertForm.Organisation(o.id(), o.name() + " (" + o.countryCode() + ")")).toList());
    }

    public boolean isEditing() {
        return editor.isEditing();
    }

    public ExpertForm getForm() {
        return editor.getForm();
    }

    public ExpertForm getInvitation() {
        return invitation.getForm();
    }

    /** The active thematic areas, by their names in the reader's language, plus any the edited expert has. */
    public List<ThemeView> getThemeChoices() {
        Locale reader = reader();
        Collator collator = Collator.getInstance(reader);
        List<String> kept = editor.getForm().getThemes();
        return referenceData.thematicAreas().stream().filter(t -> t.active() || kept.contains(t.code()))
                .sorted(Comparator.comparing(t -> t.name(reader), collator)).toList();
    }

    public String themeName(ThemeView theme) {
        return theme.name(reader());
    }

    /** An expert's themes in the reader's language. */
    public String themes(List<String> codes) {
        ThemeNames names = ThemeNames.of(referenceData, reader());
        return codes.stream().map(names).sorted(Collator.getInstance(reader())).collect(Collectors.joining(", "));
    }

    private static Locale reader() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
