package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionalClassificationTest {

    @Test
    void the_catalogue_runs_from_201_general_public_services_to_234_and_names_each_category() {
        assertThat(FunctionalClassification.categories()).hasSize(30)
                .containsEntry("201", "一般公共服务支出")
                .containsEntry("208", "社会保障和就业支出")
                .containsEntry("210", "卫生健康支出")
                .containsEntry("229", "其他支出")
                .containsEntry("234", "抗疫特别国债安排的支出")
                .doesNotContainKeys("200", "218", "225", "226", "228", "235");
        assertThat(List.copyOf(FunctionalClassification.categories().keySet())).isSorted();
    }

    @Test
    void a_fund_or_item_code_belongs_to_the_category_of_its_first_three_digits() {
        assertThat(FunctionalClassification.categoryOf("2101301")).contains("卫生健康支出");
        assertThat(FunctionalClassification.categoryOf("21013")).contains("卫生健康支出");
        assertThat(FunctionalClassification.isKnown("29901")).isFalse();
        assertThat(FunctionalClassification.categoryOf("21")).isEmpty();
        assertThat(FunctionalClassification.categoryOf(null)).isEmpty();
    }
}
