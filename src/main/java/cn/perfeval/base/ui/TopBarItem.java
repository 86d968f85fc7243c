package cn.perfeval.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module shows in the top bar of the portal's shell for signed-in users (e.g. the
 * notification bell), without the shell depending on that module: a Spring bean implementing this
 * makes a fresh component for each page the shell is built for. Beans are placed in their
 * {@link org.springframework.core.annotation.Order} before the user's name.
 */
public interface TopBarItem {

    /** A new component for one browser tab's shell. */
    Component create();
}
