package cn.perfeval.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The portal's shell for signed-in users: the menu (only the screens the user's role may open),
 * what other modules put in the top bar ({@link TopBarItem}), the person's display name and role, and
 * logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext auth, ObjectProvider<TopBarItem> items, ObjectProvider<SignedInName> names) {
        setPrimarySection(Section.DRAWER);
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("drawer-title");
        addToDrawer(title, menu());

        String roles = auth.getGrantedRoles().stream().map(r -> getTranslation("role." + r))
                .collect(Collectors.joining("、"));
        String name = names.stream().flatMap(n -> n.displayName().stream()).findFirst()
                .orElseGet(() -> auth.getPrincipalName().orElse(""));
        Span user = new Span(name + "（" + roles + "）");
        user.setId("current-user");
        Button logout = new Button(getTranslation("nav.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("logout");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), new Span());
        items.orderedStream().forEach(item -> bar.add(item.create()));
        bar.add(user, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(bar.getComponentAt(1));
        bar.setPadding(true);
        addToNavbar(bar);
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        return nav;
    }
}
