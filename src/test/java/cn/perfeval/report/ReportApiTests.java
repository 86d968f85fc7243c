package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportApiTests {

    static final String PASSWORD = "Perfeval#2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_caller_without_credentials_gets_401_as_a_chinese_problem() throws Exception {
        mvc.perform(get("/api/reports"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
                .andExpect(jsonPath("$.title").value("未登录"));
    }

    @Test
    void wrong_credentials_get_401() throws Exception {
        mvc.perform(get("/api/reports").with(httpBasic("drafter", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void each_fixture_imports_and_exports_field_for_field() throws Exception {
        for (String fixture : List.of("miyi-2022-department.json", "miyi-2022-transfer-payment.json")) {
            int year = TestDocuments.freshYear();
            ObjectNode input = (ObjectNode) json.readTree(TestDocuments.fixtureText(fixture));
            input.put("year", year);
            namesItsProject(input);
            String location = as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                    .content(input.toString()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("DRAFTING"))
                    .andReturn().getResponse().getHeader("Location");
            assertThat(location).matches("/api/reports/\\d+");

            String exported = as("drafter", get(location)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(differences("", input, json.readTree(exported))).as(fixture).isEmpty();
        }
    }

    @Test
    void each_fixture_exported_in_the_other_unit_and_imported_again_is_the_same_report() throws Exception {
        for (String fixture : List.of("miyi-2022-department.json", "miyi-2022-transfer-payment.json")) {
            ObjectNode input = (ObjectNode) json.readTree(TestDocuments.fixtureText(fixture));
            input.put("year", TestDocuments.freshYear());
            namesItsProject(input);
            String unit = input.get("unit").asString();
            String other = "YUAN".equals(unit) ? "WAN_YUAN" : "YUAN";
            long first = created(as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                    .content(input.toString())));

            ObjectNode converted = (ObjectNode) json.readTree(as("drafter", get("/api/reports/" + first)
                    .param("unit", other)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(converted.get("unit").asString()).isEqualTo(other);
            assertThat(differences("", input, converted)).as(fixture).isNotEmpty();
            converted.put("year", TestDocuments.freshYear());
            long second = created(as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                    .content(converted.toString())));

            ObjectNode back = (ObjectNode) json.readTree(as("drafter", get("/api/reports/" + second)
                    .param("unit", unit)).andReturn().getResponse().getContentAsString());
            back.put("year", input.get("year").asInt());
            assertThat(differences("", input, back)).as(fixture).isEmpty();
        }
    }

    @Test
    void a_historical_reports_explanation_of_its_figures_is_exported_as_imported_line_breaks_and_errors_included()
            throws Exception {
        ObjectNode input = (ObjectNode) json.readTree(TestDocuments.fixtureText("miyi-2022-department.json"));
        input.put("year", TestDocuments.freshYear());
        String narrative = input.get("narrative").asString();
        long id = created(as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(input.toString())));

        JsonNode exported = json.readTree(as("bureau", get("/api/reports/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(exported.get("narrative").asString()).isEqualTo(narrative)
                .contains("\n2022年县医保局资金无结转结余。\n")
                .contains("财政拨款收入20,950,527.71元"); // one yuan off the table, as published
        List<String> names = new ArrayList<>(exported.propertyNames());
        assertThat(names.indexOf("narrative")).as("the explanation just before the conclusion")
                .isEqualTo(names.indexOf("conclusion") - 1);
    }

    @Test
    void an_explanation_of_the_figures_longer_than_twenty_thousand_characters_gets_400_naming_it() throws Exception {
        int before = listSize("drafter");
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText("miyi-2022-department.json"));
        doc.put("year", TestDocuments.freshYear());
        doc.put("narrative", "收".repeat(20_001));

        String body = as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(errors(body)).containsOnlyKeys("narrative");
        assertThat(errors(body).get("narrative")).contains("收入支出及预算执行情况说明").contains("20,000");
        assertThat(listSize("drafter")).isEqualTo(before);
    }

    @Test
    void money_in_ten_thousand_yuan_is_exported_in_yuan_exactly_in_every_part() throws Exception {
        long id = importFixture("miyi-2022-transfer-payment.json");
        as("drafter", get("/api/reports/" + id).param("unit", "YUAN"))
                .andExpect(jsonPath("$.unit").value("YUAN"))
                .andExpect(jsonPath("$.projects[0].budget.fiscal").value("7560300.00"))
                .andExpect(jsonPath("$.projects[0].executed.other").value("3955300.00"))
                .andExpect(jsonPath("$.projects[0].indicators.length()").value(12));
        as("drafter", get("/api/reports/" + id))
                .andExpect(jsonPath("$.unit").value("WAN_YUAN"))
                .andExpect(jsonPath("$.projects[0].budget.fiscal").value("756.03"));
    }

    @Test
    void the_export_keeps_the_13_17_yuan_row_that_the_income_side_lacks() throws Exception {
        long id = importFixture("miyi-2022-department.json");
        as("bureau", get("/api/reports/" + id))
                .andExpect(jsonPath("$.expenditure[?(@.code == '2109999')].total").value("13.17"))
                .andExpect(jsonPath("$.income[?(@.code == '2109999')]").isEmpty())
                .andExpect(jsonPath("$.totals.expenditure").value("20985541.88"))
                .andExpect(jsonPath("$.totals.income").value("20985528.71"));
    }

    @Test
    void a_malformed_document_gets_400_naming_every_bad_field_and_nothing_is_created() throws Exception {
        int before = listSize("drafter");
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText("miyi-2022-department.json"));
        doc.put("year", TestDocuments.freshYear());
        ((ObjectNode) doc.get("income").get(0)).put("code", "208050101");
        ((ObjectNode) doc.get("department").get("staffing")).put("actual", -3);
        ((ObjectNode) doc.get("expenditure").get(1)).put("total", "12.345");
        ((ObjectNode) doc.get("income").get(2)).put("code", doc.get("income").get(1).get("code").asString());

        String body = as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("输入有误"))
                .andReturn().getResponse().getContentAsString();
        Map<String, String> errors = errors(body);
        assertThat(errors).containsKeys("income[0].code", "department.staffing.actual", "expenditure[1].total",
                "income[2].code");
        assertThat(errors.get("income[0].code")).contains("208050101").contains("3 位");
        assertThat(errors.get("department.staffing.actual")).contains("不能为负数");
        assertThat(errors.get("expenditure[1].total")).contains("两位小数");
        assertThat(errors.get("income[2].code")).contains("重复");
        assertThat(listSize("drafter")).isEqualTo(before);
    }

    @Test
    void text_in_a_money_field_gets_400_naming_the_field() throws Exception {
        int before = listSize("drafter");
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText("miyi-2022-department.json"));
        doc.put("year", TestDocuments.freshYear());
        ((ObjectNode) doc.get("income").get(3)).put("total", "一百元");
        String body = as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(errors(body)).containsKey("income[3].total");
        assertThat(errors(body).get("income[3].total")).contains("类型不正确");
        assertThat(listSize("drafter")).isEqualTo(before);
    }

    @Test
    void a_truncated_or_empty_body_gets_400_and_nothing_is_created() throws Exception {
        int before = listSize("drafter");
        String full = TestDocuments.fixtureText("miyi-2022-department.json");
        for (String body : List.of(full.substring(0, full.length() / 2), "", "[]", "{\"year\": \"二〇二二\"}")) {
            as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").isNotEmpty())
                    .andExpect(jsonPath("$.errors[0].field").isNotEmpty());
        }
        assertThat(listSize("drafter")).isEqualTo(before);
    }

    @Test
    void a_value_of_the_wrong_type_is_named_with_what_was_expected_and_nothing_is_stored() throws Exception {
        ObjectNode doc = fixture("miyi-2022-department.json");
        doc.putObject("income");
        assertRefused(doc.toString(), "income", "列表");

        doc = fixture("miyi-2022-department.json");
        ((ObjectNode) doc.get("department").get("staffing")).put("actual", "二十一");
        assertRefused(doc.toString(), "department.staffing.actual", "整数", "二十一");

        doc = fixture("miyi-2022-department.json");
        doc.put("kind", "DEPARTMENT");
        assertRefused(doc.toString(), "kind", "DEPARTMENT_OVERALL", "TRANSFER_PAYMENT");
    }

    @Test
    void a_code_whose_category_is_not_in_the_classification_is_refused_and_nothing_is_stored() throws Exception {
        ObjectNode doc = fixture("miyi-2022-department.json");
        ((ObjectNode) doc.get("expenditure").get(0)).put("code", "299");
        assertRefused(doc.toString(), "expenditure[0].code", "299", "支出功能分类科目");
    }

    @Test
    void a_nine_digit_code_or_one_with_other_characters_is_refused_and_nothing_is_stored() throws Exception {
        ObjectNode doc = fixture("miyi-2022-department.json");
        ((ObjectNode) doc.get("income").get(1)).put("code", "208050101");
        ((ObjectNode) doc.get("income").get(2)).put("code", "20805O1");
        String body = assertRefused(doc.toString(), "income[1].code", "208050101", "7 位");
        assertThat(errors(body).get("income[2].code")).contains("20805O1");
    }

    @Test
    void a_negative_count_is_refused_and_nothing_is_stored() throws Exception {
        ObjectNode doc = fixture("miyi-2022-department.json");
        ((ObjectNode) doc.get("threePublicExpenses")).put("receptionPersons", -112);
        assertRefused(doc.toString(), "threePublicExpenses.receptionPersons", "不能为负数", "-112");
    }

    @Test
    void text_in_a_money_cell_of_any_part_is_refused_and_nothing_is_stored() throws Exception {
        ObjectNode doc = fixture("miyi-2022-department.json");
        ((ObjectNode) doc.get("budget").get(0)).put("executed", "三百四十四万");
        assertRefused(doc.toString(), "budget[0].executed", "数字", "三百四十四万");
    }

    @Test
    void a_truncated_file_is_refused_naming_where_it_breaks_off_and_nothing_is_stored() throws Exception {
        String full = fixture("miyi-2022-department.json").toString();
        String cut = full.substring(0, full.indexOf("\"budget\"") + 40);
        Map<String, Integer> before = ReportTables.rowCounts(jdbc);
        String body = as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(cut))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(errors(body).entrySet()).singleElement().satisfies(e -> {
            assertThat(e.getKey()).startsWith("budget[0]");
            assertThat(e.getValue()).contains(e.getKey()).contains("不完整").contains("中断");
        });
        assertThat(ReportTables.rowCounts(jdbc)).isEqualTo(before);
    }

    @Test
    void an_empty_file_is_refused_as_empty_and_nothing_is_stored() throws Exception {
        assertRefused("", "(document)", "为空");
        assertRefused("   ", "(document)", "为空");
    }

    @Test
    void the_new_parts_are_checked_too_every_problem_listed_at_once() throws Exception {
        ObjectNode doc = fixture("miyi-2022-department.json");
        ((ObjectNode) doc.get("budget").get(1)).putNull("item");
        ((ObjectNode) doc.get("projects").get(0)).put("name", " ");
        ((ObjectNode) doc.get("projects").get(1).get("indicators").get(0)).put("weight", "-5");
        ((ObjectNode) doc.get("scoring").get("items").get(0)).putArray("path");
        ((ObjectNode) doc.get("scoring").get("items").get(1)).put("selfScore", "9.12345");
        ((ObjectNode) doc.get("scoring").get("deductions").get(0)).put("points", "-1");
        doc.putObject("assets").put("total", "100.001");
        String body = as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString())).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        Map<String, String> errors = errors(body);
        assertThat(errors).containsOnlyKeys("budget[1].item", "projects[0].name", "projects[1].indicators[0].weight",
                "scoring.items[0].path", "scoring.items[1].selfScore", "scoring.deductions[0].points", "assets.total");
        assertThat(errors.get("budget[1].item")).isEqualTo("预算执行 第 2 行的项目必须填写。");
        assertThat(errors.get("projects[1].indicators[0].weight")).startsWith("第 2 个项目的绩效指标 第 1 行（");
        assertThat(errors.get("projects[1].indicators[0].weight")).contains("不能为负数");
        assertThat(errors.get("scoring.items[1].selfScore")).contains("4 位小数");
        assertThat(errors.get("assets.total")).contains("两位小数");
    }

    @Test
    void a_document_missing_its_required_fields_lists_each_of_them() throws Exception {
        String body = as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(errors(body)).containsKeys("formatVersion", "kind", "year", "unit", "department.name");
        assertThat(errors(body).get("kind")).isEqualTo("报告类型必须填写。");
    }

    @Test
    void a_drafter_cannot_import_into_another_department() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText("miyi-2022-department.json"));
        doc.put("year", TestDocuments.freshYear());
        String body = as("drafter2", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString())).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(errors(body).get("department.name")).contains("米易县医疗保障局").contains("米易县财政局");
    }

    @Test
    void importing_the_same_year_and_kind_twice_is_a_conflict_that_names_the_year_as_written() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText("miyi-2022-department.json"));
        int year = TestDocuments.freshYear();
        doc.put("year", year);
        as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(doc.toString()))
                .andExpect(status().isCreated());
        as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(doc.toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "米易县医疗保障局 的 " + year + " 年度部门整体支出绩效自评已存在")));
    }

    @Test
    void only_drafters_import() throws Exception {
        as("bureau", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(TestDocuments.fixtureText("miyi-2022-department.json")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("无权访问"));
    }

    @Test
    void a_report_of_another_department_is_not_found_and_shows_no_data() throws Exception {
        long id = importFixture("miyi-2022-department.json");
        for (String path : List.of("", "/history")) {
            String body = as("drafter2", get("/api/reports/" + id + path)).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("医疗保障局").doesNotContain("20985541.88");
        }
        as("drafter2", post("/api/reports/" + id + "/submit")).andExpect(status().isNotFound());
        as("auditor", get("/api/reports/" + id)).andExpect(status().isNotFound());
        as("finance", get("/api/reports/" + id)).andExpect(status().isOk());
        as("admin", get("/api/reports/" + id)).andExpect(status().isOk());
    }

    @Test
    void the_six_actions_move_the_report_and_out_of_turn_actions_get_409() throws Exception {
        long id = importFixture("miyi-2022-transfer-payment.json");
        as("finance", post("/api/reports/" + id + "/approve")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("报告当前状态为“填报中”，不能执行“审批通过”。"));
        as("drafter", post("/api/reports/" + id + "/submit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\":\"请审核\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BUREAU_REVIEW"));
        as("drafter", post("/api/reports/" + id + "/withdraw")).andExpect(jsonPath("$.status").value("DRAFTING"));
        as("drafter", post("/api/reports/" + id + "/submit")).andExpect(jsonPath("$.status").value("BUREAU_REVIEW"));
        as("bureau", post("/api/reports/" + id + "/return").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        as("bureau", post("/api/reports/" + id + "/pass")).andExpect(jsonPath("$.status").value("FINANCE_REVIEW"));
        as("finance", post("/api/reports/" + id + "/return").contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\":\"请补充佐证\",\"to\":\"BUREAU_REVIEW\"}"))
                .andExpect(jsonPath("$.status").value("BUREAU_REVIEW"));
        as("bureau", post("/api/reports/" + id + "/pass")).andExpect(jsonPath("$.status").value("FINANCE_REVIEW"));
        as("finance", post("/api/reports/" + id + "/approve")).andExpect(jsonPath("$.status").value("APPROVED"));
        as("bureau", post("/api/reports/" + id + "/publish")).andExpect(jsonPath("$.status").value("PUBLISHED"));
        as("drafter", post("/api/reports/" + id + "/publish")).andExpect(status().isConflict());

        as("drafter", get("/api/reports/" + id + "/history"))
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("CREATE", "SUBMIT",
                        "WITHDRAW", "SUBMIT", "PASS", "RETURN", "PASS", "APPROVE", "PUBLISH")))
                .andExpect(jsonPath("$[5].comment").value("请补充佐证"))
                .andExpect(jsonPath("$[5].fromStatus").value("FINANCE_REVIEW"))
                .andExpect(jsonPath("$[5].toStatus").value("BUREAU_REVIEW"));
    }

    @Test
    void the_list_shows_only_visible_reports_and_filters_by_status_year_and_kind() throws Exception {
        long id = importFixture("miyi-2022-department.json");
        String year = as("drafter", get("/api/reports/" + id)).andReturn().getResponse().getContentAsString();
        int y = json.readTree(year).get("year").asInt();
        as("drafter", get("/api/reports").param("year", String.valueOf(y)).param("status", "DRAFTING")
                .param("kind", "DEPARTMENT_OVERALL"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].department").value("米易县医疗保障局"))
                .andExpect(jsonPath("$[0].round").value(1));
        as("drafter", get("/api/reports").param("year", String.valueOf(y)).param("status", "PUBLISHED"))
                .andExpect(jsonPath("$.length()").value(0));
        as("drafter2", get("/api/reports").param("year", String.valueOf(y))).andExpect(jsonPath("$.length()").value(0));
        as("drafter", get("/api/reports").param("status", "NOT_A_STATUS")).andExpect(status().isBadRequest());
    }

    @Test
    void english_is_answered_when_asked_for() throws Exception {
        mvc.perform(get("/api/reports/999999").with(httpBasic("drafter", PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    private long importFixture(String name) throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText(name));
        doc.put("year", TestDocuments.freshYear());
        String body = as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(doc.toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    /** A fixture as a tree, with a year of its own. */
    private ObjectNode fixture(String name) {
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText(name));
        doc.put("year", TestDocuments.freshYear());
        return doc;
    }

    /**
     * Posts the body, expects a 400 problem whose error for {@code field} contains every one of
     * {@code words}, and that the report tables hold exactly the rows they held before.
     */
    private String assertRefused(String body, String field, String... words) throws Exception {
        Map<String, Integer> before = ReportTables.rowCounts(jdbc);
        String problem = as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("输入有误"))
                .andReturn().getResponse().getContentAsString();
        assertThat(errors(problem)).containsKey(field);
        assertThat(errors(problem).get(field)).contains(words);
        assertThat(ReportTables.rowCounts(jdbc)).isEqualTo(before);
        return problem;
    }

    private long created(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
    }

    private int listSize(String user) throws Exception {
        return json.readTree(as(user, get("/api/reports")).andReturn().getResponse().getContentAsString()).size();
    }

    private Map<String, String> errors(String problem) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        for (JsonNode e : json.readTree(problem).get("errors")) {
            result.put(e.get("field").asString(), e.get("message").asString());
        }
        return result;
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, PASSWORD)));
    }

    /** Paths where two documents differ; money compared as decimals, absent equal to null. */
    /** The export names the project of a report on one project (decision 0016): the input expects it too. */
    private static void namesItsProject(ObjectNode input) {
        if (!"DEPARTMENT_OVERALL".equals(input.get("kind").asString()) && input.get("projects").size() == 1) {
            input.put("project", input.get("projects").get(0).get("name").asString());
        }
    }

    static List<String> differences(String path, JsonNode expected, JsonNode actual) {
        List<String> diffs = new ArrayList<>();
        boolean expectedMissing = expected == null || expected.isNull();
        boolean actualMissing = actual == null || actual.isNull();
        if (expectedMissing || actualMissing) {
            if (expectedMissing != actualMissing) {
                diffs.add(path);
            }
            return diffs;
        }
        if (expected.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                if (path.isEmpty() && name.equals("version")) {
                    continue; // the report's version travels with the export; it is not part of the document
                }
                diffs.addAll(differences(path + "." + name, expected.get(name), actual.get(name)));
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || expected.size() != actual.size()) {
                diffs.add(path + " (size)");
                return diffs;
            }
            Iterator<JsonNode> a = actual.iterator();
            int i = 0;
            for (JsonNode e : expected) {
                diffs.addAll(differences(path + "[" + i++ + "]", e, a.next()));
            }
        } else if (!sameScalar(expected, actual)) {
            diffs.add(path + ": " + expected + " != " + actual);
        }
        return diffs;
    }

    private static boolean sameScalar(JsonNode expected, JsonNode actual) {
        try {
            return new BigDecimal(expected.asString()).compareTo(new BigDecimal(actual.asString())) == 0;
        } catch (NumberFormatException notANumber) {
            return expected.asString().equals(actual.asString());
        }
    }
}
