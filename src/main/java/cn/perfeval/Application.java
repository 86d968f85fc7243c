package cn.perfeval;

import cn.perfeval.base.Commands;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * perfeval: departments prepare, check, approve and publish their yearly budget performance
 * self-evaluation reports (预算绩效自评报告).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@PWA(name = "perfeval 预算绩效自评", shortName = "perfeval")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Commands.requested(args) != null) {
            System.exit(Commands.run(args, commandArgs -> SpringApplication.run(Application.class, commandArgs)));
        }
        SpringApplication.run(Application.class, args);
    }
}
