package cn.perfeval.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.identity.Account;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.RegionInfo;
import cn.perfeval.identity.Role;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class OrganisationViewTest extends SpringBrowserlessTest {

    @Autowired
    Directory directory;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_adds_a_region_and_a_department_with_its_staffing_and_corrects_it() {
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        navigate(OrganisationView.class);
        test(find(TextField.class).id("region-name")).setValue("仁和区" + suffix);
        test(find(Button.class).id("region-add")).click();

        @SuppressWarnings("unchecked")
        Select<RegionInfo> region = find(Select.class).withLabel("地区").all().getFirst();
        region.setValue(region.getListDataView().getItems().filter(r -> r.name().equals("仁和区" + suffix)).findFirst()
                .orElseThrow());
        test(find(TextField.class).id("department-name")).setValue("仁和区卫生健康局" + suffix);
        @SuppressWarnings("unchecked")
        Select<String> type = find(Select.class).id("department-type");
        type.setValue("行政单位");
        test(find(IntegerField.class).id("department-authorized")).setValue(30);
        test(find(IntegerField.class).id("department-actual")).setValue(28);
        test(find(IntegerField.class).id("department-retired")).setValue(5);
        test(find(Button.class).id("department-add")).click();

        DepartmentInfo created = directory.departmentNamed("仁和区卫生健康局" + suffix).orElseThrow();
        assertThat(created.regionName()).isEqualTo("仁和区" + suffix);
        assertThat(List.of(created.staffingAuthorized(), created.staffingActual(), created.staffingRetired()))
                .containsExactly(30, 28, 5);

        @SuppressWarnings("unchecked")
        Grid<DepartmentInfo> grid = find(Grid.class).id("departments");
        var tester = test(grid);
        tester.select(IntStream.range(0, tester.size()).filter(i -> tester.getRow(i).id() == created.id()).findFirst()
                .orElseThrow());
        find(IntegerField.class).id("department-actual").setValue(-1);
        test(find(Button.class).id("department-update")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("不能为负数"));
        assertThat(find(IntegerField.class).id("department-actual").getValue()).isEqualTo(-1);
        assertThat(directory.departmentNamed("仁和区卫生健康局" + suffix).orElseThrow().staffingActual()).isEqualTo(28);

        test(find(IntegerField.class).id("department-actual")).setValue(29);
        test(find(Button.class).id("department-update")).click();
        assertThat(directory.departmentNamed("仁和区卫生健康局" + suffix).orElseThrow().staffingActual()).isEqualTo(29);
    }

    @Test
    @WithUserDetails("admin")
    void a_department_with_an_empty_name_is_refused_with_a_message_and_the_form_keeps_its_input() {
        navigate(OrganisationView.class);
        int before = directory.departments().size();
        @SuppressWarnings("unchecked")
        Select<RegionInfo> region = find(Select.class).withLabel("地区").all().getFirst();
        region.setValue(region.getListDataView().getItems().findFirst().orElseThrow());
        test(find(TextField.class).id("department-name")).setValue("   ");
        test(find(IntegerField.class).id("department-authorized")).setValue(12);
        test(find(Button.class).id("department-add")).click();

        assertThat(directory.departments()).hasSize(before);
        assertThat(find(Notification.class).all()).anyMatch(n -> test(n).getText().contains("名称不能为空"));
        assertThat(find(IntegerField.class).id("department-authorized").getValue()).isEqualTo(12);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_creates_a_drafter_and_a_weak_password_is_refused_with_the_rules() {
        String username = "new" + System.nanoTime() % 100_000;
        navigate(OrganisationView.class);
        test(find(TextField.class).id("user-name")).setValue(username);
        test(find(TextField.class).id("user-display-name")).setValue("新填报人");
        @SuppressWarnings("unchecked")
        ComboBox<DepartmentInfo> department = find(ComboBox.class).id("user-department");
        department.setValue(directory.departmentNamed("米易县医疗保障局").orElseThrow());
        test(find(PasswordField.class).id("user-password")).setValue("short");
        test(find(Button.class).id("user-add")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("密码至少需要 8 个字符") && !t.contains("password"));
        assertThat(find(TextField.class).id("user-name").getValue()).isEqualTo(username);

        test(find(PasswordField.class).id("user-password")).setValue("Perfeval#2026x");
        test(find(Button.class).id("user-add")).click();
        @SuppressWarnings("unchecked")
        Grid<Account> users = find(Grid.class).id("users");
        var tester = test(users);
        assertThat(IntStream.range(0, tester.size()).mapToObj(tester::getRow))
                .anyMatch(a -> a.username().equals(username) && a.role() == Role.DRAFTER
                        && a.organisation().contains("米易县医疗保障局"))
                .noneMatch(a -> a.role().isAdministrator());
    }

    @Test
    @WithUserDetails("security")
    void the_security_administrator_does_not_keep_the_organisation() {
        assertThatThrownBy(() -> navigate(OrganisationView.class)).isInstanceOf(IllegalArgumentException.class);
    }


    @Test
    @WithUserDetails("admin")
    void the_administrator_sets_a_users_e_mail_address_for_notifications() {
        navigate(OrganisationView.class);
        @SuppressWarnings("unchecked")
        Grid<Account> users = find(Grid.class).id("users");
        Account bureau = IntStream.range(0, test(users).size()).mapToObj(test(users)::getRow)
                .filter(a -> a.username().equals("bureau")).findFirst().orElseThrow();
        users.select(bureau);
        test(find(TextField.class).id("user-email")).setValue("wang@miyi.example");
        test(find(Button.class).id("user-email-save")).click();
        assertThat(IntStream.range(0, test(users).size()).mapToObj(test(users)::getRow)
                .filter(a -> a.username().equals("bureau"))).singleElement()
                .satisfies(a -> assertThat(a.email()).isEqualTo("wang@miyi.example"));

        users.select(bureau);
        test(find(TextField.class).id("user-email")).setValue("wang at miyi");
        test(find(Button.class).id("user-email-save")).click();
        assertThat(find(Notification.class).all()).anyMatch(n -> test(n).getText()
                .contains("“wang at miyi”不是有效的电子邮箱地址"));
    }
    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
