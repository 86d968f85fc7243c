package cn.perfeval.identity.ui;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.Formats;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.identity.AccessTokenInfo;
import cn.perfeval.identity.AccessTokens;
import cn.perfeval.identity.NewAccessToken;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in user's personal access tokens for the REST API: create one with a name and a
 * validity in days (the token is shown this once, here), the list with each token's expiry, status
 * and last use, and revoking one.
 */
@Route("api-tokens")
@Menu(order = 91, title = "nav.tokens")
@PermitAll
class AccessTokensView extends VerticalLayout implements HasDynamicTitle {

    static final int DEFAULT_DAYS = 90;

    private final AccessTokens tokens;
    private final TextField name = new TextField();
    private final IntegerField days = new IntegerField();
    private final VerticalLayout created = new VerticalLayout();
    private final TextField createdToken = new TextField();
    private final Grid<AccessTokenInfo> grid = new Grid<>();

    AccessTokensView(AccessTokens tokens) {
        this.tokens = tokens;
        H2 title = new H2(getTranslation("tokens.title"));
        title.addClassName("view-title");
        Paragraph lead = new Paragraph(getTranslation("tokens.lead"));
        lead.setId("tokens-lead");
        add(title, lead, form(), created, new H3(getTranslation("tokens.list")), grid());
        refresh();
    }

    private Component form() {
        name.setLabel(getTranslation("tokens.name"));
        name.setId("token-name");
        name.setMaxLength(AccessTokens.MAX_NAME_LENGTH);
        name.setWidth("20em");
        days.setLabel(getTranslation("tokens.days"));
        days.setId("token-days");
        days.setMin(1);
        days.setMax(AccessTokens.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(DEFAULT_DAYS);
        days.setHelperText(getTranslation("tokens.days.help", AccessTokens.MAX_DAYS));
        Button create = new Button(getTranslation("tokens.create"), e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, days, create);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);

        createdToken.setId("new-token");
        createdToken.setReadOnly(true);
        createdToken.setWidthFull();
        createdToken.setLabel(getTranslation("tokens.new.label"));
        Paragraph once = new Paragraph(getTranslation("tokens.new.once"));
        once.setId("new-token-once");
        created.add(createdToken, once);
        created.setId("new-token-box");
        created.setPadding(false);
        created.setVisible(false);
        return row;
    }

    private Grid<AccessTokenInfo> grid() {
        grid.setId("tokens");
        grid.addColumn(AccessTokenInfo::name).setHeader(getTranslation("tokens.name")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.createdAt())).setHeader(getTranslation("tokens.created"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.expiresAt())).setHeader(getTranslation("tokens.expires"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("tokens.status." + t.status().name()))
                .setHeader(getTranslation("tokens.status")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never-used")
                : Formats.dateTime(t.lastUsedAt()) + (t.lastUsedAddress() == null ? "" : "（" + t.lastUsedAddress() + "）"))
                .setHeader(getTranslation("tokens.last-used")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("tokens.none"));
        return grid;
    }

    private Component revokeButton(AccessTokenInfo token) {
        if (token.status() != AccessTokenInfo.Status.ACTIVE) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("tokens.revoke"), e -> confirmRevoke(token));
        revoke.setId("revoke-token-" + token.id());
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        return revoke;
    }

    private void confirmRevoke(AccessTokenInfo token) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("tokens.revoke"),
                getTranslation("tokens.revoke.confirm", token.name()), getTranslation("tokens.revoke"),
                e -> revoke(token));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("tokens.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("revoke-token-dialog");
        dialog.open();
    }

    void revoke(AccessTokenInfo token) {
        try {
            tokens.revoke(token.id());
            Notifications.success(getTranslation("tokens.revoked", token.name()));
        } catch (PerfevalException ex) {
            Notifications.error(ex);
        }
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        days.setInvalid(false);
        NewAccessToken token;
        try {
            token = tokens.create(name.getValue(), days.getValue());
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                String text = getTranslation(problem.message().key(), problem.message().args());
                if (problem.field().equals("name")) {
                    name.setErrorMessage(text);
                    name.setInvalid(true);
                } else {
                    days.setErrorMessage(text);
                    days.setInvalid(true);
                }
            }
            return;
        }
        createdToken.setValue(token.token());
        created.setVisible(true);
        name.clear();
        days.setValue(DEFAULT_DAYS);
        Notifications.success(getTranslation("tokens.created.note", token.name()));
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title") + " | " + getTranslation("app.title");
    }
}
