package cn.perfeval.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundEvents.RoundDeadlinesChanged;
import cn.perfeval.tracking.RoundInfo;
import cn.perfeval.tracking.RoundService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ViewTest
@RecordApplicationEvents
class RoundDeadlinesViewTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;
    @Autowired
    Directory directory;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationEvents events;

    LocalDate today;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_opens_a_round_with_a_date_per_step_and_changes_them_later() {
        int year = TestDocuments.freshYear(y -> rounds.list().stream().noneMatch(r -> r.year() == y));
        navigate(RoundsView.class);
        fill(year, today.plusDays(10), today.plusDays(20), today.plusDays(30), today.plusDays(50));
        test(find(Button.class).id("round-open")).click();
        RoundInfo opened = round(year).orElseThrow();
        assertThat(opened.deadlines()).isEqualTo(new Deadlines(today.plusDays(10), today.plusDays(20),
                today.plusDays(30), today.plusDays(50)));
        assertThat(opened.deadline()).isEqualTo(today.plusDays(10));

        @SuppressWarnings("unchecked")
        Grid<RoundInfo> grid = find(Grid.class).id("rounds");
        var tester = test(grid);
        int row = IntStream.range(0, tester.size()).filter(i -> tester.getRow(i).year() == year).findFirst()
                .orElseThrow();
        assertThat(tester.getCellText(row, 4)).isEqualTo(today.plusDays(30).toString());
        HorizontalLayout buttons = (HorizontalLayout) tester.getCellComponent(row, 8);
        test((Button) buttons.getComponentAt(0)).click();
        find(DatePicker.class).id("edit-finance-deadline").setValue(today.plusDays(35));
        find(DatePicker.class).id("edit-publication-deadline").clear();
        test(find(Button.class).id("edit-deadlines-save")).click();

        assertThat(round(year).orElseThrow().deadlines()).isEqualTo(new Deadlines(today.plusDays(10),
                today.plusDays(20), today.plusDays(35), null));
        assertThat(events.stream(RoundDeadlinesChanged.class)).anyMatch(e -> e.year() == year
                && e.by().equals("admin") && e.from().financeSignOff().equals(today.plusDays(30))
                && e.to().publication() == null);
    }

    @Test
    @WithUserDetails("admin")
    void dates_out_of_the_routes_order_are_refused_with_the_reason() {
        int year = TestDocuments.freshYear(y -> rounds.list().stream().noneMatch(r -> r.year() == y));
        navigate(RoundsView.class);
        fill(year, today.plusDays(20), today.plusDays(10), null, null);
        test(find(Button.class).id("round-open")).click();
        assertThat(round(year)).isEmpty();
        assertThat(find(Notification.class).all()).anyMatch(n -> test(n).getText()
                .contains("日期 " + today.plusDays(10) + " 早于前一环节的截止日期 " + today.plusDays(20)));
    }

    private void fill(int year, LocalDate submission, LocalDate bureau, LocalDate finance, LocalDate publication) {
        test(find(IntegerField.class).id("round-year")).setValue(year);
        test(find(TextField.class).id("round-name")).setValue(year + "年度评价");
        find(DatePicker.class).id("round-deadline").setValue(submission);
        find(DatePicker.class).id("round-bureau-deadline").setValue(bureau);
        find(DatePicker.class).id("round-finance-deadline").setValue(finance);
        find(DatePicker.class).id("round-publication-deadline").setValue(publication);
        DepartmentInfo medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<DepartmentInfo> departments = find(MultiSelectComboBox.class).id("round-departments");
        departments.setValue(Set.of(medical));
    }

    private Optional<RoundInfo> round(int year) {
        return rounds.list().stream().filter(r -> r.year() == year).findFirst();
    }
}
