package cn.perfeval.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A pin names a place that exists in the report as it is when the pin is written: its row and its column. */
@PortalTest
class PinPlacesTests {

    static final String PASSWORD = "Perfeval#2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;

    long inBureauReview(ReportDocument doc) {
        long id = as.call("drafter", () -> reports.importDocument(doc)).id();
        as.run("drafter", () -> workflow.submit(id, null));
        return id;
    }

    ResultActions pin(long id, String part, String row, String column) throws Exception {
        ObjectNode body = json.createObjectNode().put("text", "请核对");
        ObjectNode pin = body.putObject("pin").put("part", part);
        if (row != null) {
            pin.put("row", row);
        }
        if (column != null) {
            pin.put("column", column);
        }
        return mvc.perform(post("/api/reports/" + id + "/comments").with(httpBasic("bureau", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    @Test
    void a_pin_on_a_row_the_report_does_not_have_gets_400_naming_it_and_nothing_is_stored() throws Exception {
        long id = inBureauReview(TestDocuments.small());

        pin(id, "income", "99999", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pin.row"))
                .andExpect(jsonPath("$.errors[0].message").value("报告的收入表中没有“99999”这一行，无法在此钉批注。"));
        pin(id, "expenditure", "21013", null).andExpect(status().isBadRequest()); // only the income side has it
        pin(id, "totals", "210", "income").andExpect(status().isBadRequest()); // totals have no rows

        mvc.perform(get("/api/reports/" + id + "/comments").with(httpBasic("bureau", PASSWORD)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_pin_on_a_column_the_rows_do_not_have_gets_400_listing_the_columns() throws Exception {
        long id = inBureauReview(TestDocuments.small());

        pin(id, "income", "21013", "basic")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pin.column"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.allOf(Matchers.containsString("“basic”"),
                        Matchers.containsString("total, fiscal, other"))));
    }

    @Test
    void pins_on_places_that_exist_are_accepted_by_code_name_number_and_project_indicator() throws Exception {
        long overall = inBureauReview(TestDocuments.small());
        pin(overall, "income", "21013", "fiscal").andExpect(status().isCreated());
        pin(overall, "income", "医疗救助", null).andExpect(status().isCreated());
        pin(overall, "expenditure", "210", "project").andExpect(status().isCreated());
        pin(overall, "totals", null, "expenditure").andExpect(status().isCreated());
        pin(overall, "assets", null, null).andExpect(status().isCreated()); // a part the report lacks, as a whole

        int year = TestDocuments.freshYear();
        ReportDocument d = TestDocuments.fixture(json, "miyi-2022-department.json", year);
        long project = inBureauReview(new ReportDocument(d.formatVersion(), ReportKind.PROJECT, year, d.unit(),
                d.department(), null, null, null, null, null, null, null, null, List.of(d.projects().getFirst()), null,
                null, null, null, null, null));
        pin(project, "projects", "医保专项工作经费", "executed").andExpect(status().isCreated());
        pin(project, "projects", "医保专项工作经费 / 参保率", "actual").andExpect(status().isCreated());
        pin(project, "projects", "1 / 4", null).andExpect(status().isCreated());
        pin(project, "projects", "医保专项工作经费 / 参保人数满意", null).andExpect(status().isBadRequest());
        pin(project, "projects", "2", null).andExpect(status().isBadRequest());
    }
}
