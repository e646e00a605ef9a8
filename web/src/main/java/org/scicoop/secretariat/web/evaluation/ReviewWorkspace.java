package org.scicoop.secretariat.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.evaluation.boundary.ReviewService;
import org.scicoop.secretariat.evaluation.boundary.ReviewView;
import org.scicoop.secretariat.web.platform.PagedLazyModel;

import java.io.Serializable;
import java.util.Map;

/**
 * The reviewer's workspace ({@code /app/reviews/index.xhtml}): their assignments, newest call first, a lazy table
 * (declared conflicts included, shown as handed back with their reason).
 */
@Named
@ViewScoped
public class ReviewWorkspace implements Serializable {

    @Inject
    ReviewService reviews;

    private PagedLazyModel<ReviewView> model;

    public PagedLazyModel<ReviewView> getModel() {
        if (model == null) {
            ReviewService service = reviews;
            model = new PagedLazyModel<>(service::mine, review -> Long.toString(review.assignmentId()), Map::of);
        }
        return model;
    }
}
