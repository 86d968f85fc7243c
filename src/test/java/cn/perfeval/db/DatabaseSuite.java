package cn.perfeval.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.evidence.EvidenceInfo;
import cn.perfeval.evidence.EvidenceService;
import cn.perfeval.identity.Account;
import cn.perfeval.identity.AccountSecurity;
import cn.perfeval.identity.SecurityAdministration;
import cn.perfeval.publication.PublishedReports;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.ReportWorkbooks;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.WorkbookDocuments;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on a production database, from an empty database: the same tests on each
 * (MySQL/MariaDB in {@link MySqlDatabaseTests}, PostgreSQL in {@link PostgreSqlDatabaseTests}).
 */
abstract class DatabaseSuite extends AuditChainAfterRoute {

    /** The SQL expression naming the schema the application's tables are in. */
    abstract String currentSchema();

    /** How many large objects the database holds (PostgreSQL); a database without them has none. */
    abstract long largeObjects();

    @Autowired
    JsonMapper json;
    @Autowired
    AccountSecurity account;
    @Autowired
    SecurityAdministration security;
    @Autowired
    AuthenticationEventPublisher logins;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ReportWorkbooks workbooks;

    @Test
    void the_schema_changelog_and_flowable_create_their_schemas_in_the_empty_database() {
        assertThat(jdbc.queryForList("select exectype from DATABASECHANGELOG", String.class)).hasSizeGreaterThanOrEqualTo(18)
                .containsOnly("EXECUTED");
        List<String> tables = jdbc.queryForList("select lower(table_name) from information_schema.tables "
                + "where table_schema = " + currentSchema(), String.class);
        assertThat(tables).contains("report", "report_income_row", "audit_entry", "act_ru_task", "act_hi_procinst")
                .doesNotContain("flyway_schema_history");
    }

    @Test
    void money_columns_hold_two_decimals_and_audited_times_keep_microseconds() {
        assertThat(jdbc.queryForMap("select numeric_precision, numeric_scale from information_schema.columns where "
                + "table_schema = " + currentSchema() + " and table_name = 'report' and column_name = 'total_income'")
                .values()).map(v -> ((Number) v).intValue()).containsExactly(18, 2);
        assertThat(jdbc.queryForObject("select datetime_precision from information_schema.columns where table_schema = "
                + currentSchema() + " and table_name = 'audit_entry' and column_name = 'occurred_at'", Number.class)
                .intValue()).isEqualTo(6);
    }

    @Autowired
    cn.perfeval.checks.ReportChecks checks;

    @Test
    void the_scoring_frameworks_are_stored_with_their_keys_and_every_kind_is_scored_on_the_database() {
        assertThat(jdbc.queryForList("select framework_key from scoring_framework", String.class)).contains(
                "sichuan-county-department", "national-project-2020", "national-transfer-payment-2020",
                "department-input-process-output-outcome");
        assertThat(jdbc.queryForObject("select name from scoring_framework where framework_key = 'national-project-2020'",
                String.class)).isEqualTo("项目支出绩效自评指标体系（财预〔2020〕10号）");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.table_constraints where table_schema = "
                + currentSchema() + " and table_name = 'scoring_framework' and constraint_type = 'UNIQUE'"
                + " and constraint_name = 'uk_scoring_framework_key'", Integer.class)).isEqualTo(1);

        ReportDocument transfer = TestDocuments.fixture(json, "miyi-2022-transfer-payment.json", 2022);
        ReportDocument.Project project = transfer.projects().getFirst();
        List<ReportDocument.Indicator> weighted = List.of(
                new ReportDocument.Indicator("产出指标", "数量指标", "资助参保人次数", "≥21575人", "21575人",
                        new java.math.BigDecimal("50"), null, null),
                new ReportDocument.Indicator("效益指标", "社会效益", "看病就医方便程度", "明显提高", "明显提高",
                        new java.math.BigDecimal("30"), new java.math.BigDecimal("27"), null),
                new ReportDocument.Indicator("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥95%", "98%",
                        new java.math.BigDecimal("10"), null, null));
        for (ReportKind kind : List.of(ReportKind.PROJECT, ReportKind.TRANSFER_PAYMENT)) {
            ReportDocument scored = new ReportDocument(1, kind, 2022, transfer.unit(), null, null, null, null, null,
                    null, null, null, null, List.of(new ReportDocument.Project(project.name(), project.budget(),
                            project.executed(), null, weighted)), null, null, null, null, null, null);
            // execution 1078.71 / 1146.81 of 10 = 9.41, then 50 + 27 + 10
            assertThat(as.call("drafter", () -> checks.check(scored)).score()).as(kind.name())
                    .hasValueSatisfying(s -> assertThat(s.total()).isEqualByComparingTo("96.41"));
        }
    }

    @Test
    void the_demo_reports_load_and_travel_their_route_on_the_database() {
        List<ReportSummary> all = as.call("admin", () -> reports.list(2022, null, null));
        assertThat(all).extracting(ReportSummary::status).containsExactlyInAnyOrder(ReportStatus.DRAFTING,
                ReportStatus.BUREAU_REVIEW, ReportStatus.PUBLISHED);
        long inReview = all.stream().filter(r -> r.status() == ReportStatus.BUREAU_REVIEW).findFirst().orElseThrow()
                .id();
        as.run("bureau", () -> workflow.pass(inReview, "同意"));
        as.run("finance", () -> workflow.returnReport(inReview, "请补充绩效指标完成值", null));
        as.run("drafter", () -> workflow.submit(inReview, null));
        as.run("bureau", () -> workflow.pass(inReview, null));
        as.run("finance", () -> workflow.approve(inReview, null));
        ReportSummary published = as.call("drafter", () -> workflow.publish(inReview));
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.round()).isEqualTo(2);
        assertThat(as.call("drafter", () -> reports.history(inReview)).get(3).comment()).isEqualTo("请补充绩效指标完成值");
    }

    @Autowired
    PublishedReports publishedReports;

    @Test
    void the_public_pdf_is_stored_once_and_served_byte_for_byte_from_the_database() {
        long id = as.call("admin", () -> reports.list(2022, ReportStatus.PUBLISHED, null)).getFirst().id();
        // The PDF is printed just after the publication commits; a request that comes first prints and stores it.
        PublishedReports.PdfFile served = publishedReports.pdf(id);

        byte[] stored = jdbc.queryForObject("select content from published_pdf where report_id = ?", byte[].class, id);
        String hash = jdbc.queryForObject("select content_hash from published_pdf where report_id = ?", String.class,
                id);

        assertThat(stored).hasSizeGreaterThan(10_000);
        assertThat(served.content()).isEqualTo(stored);
        assertThat(served.hash()).isEqualTo(hash);
        assertThat(new String(stored, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void chinese_text_and_two_decimal_money_round_trip_exactly() {
        ReportDocument fixture = TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear());
        String rare = "𠀀𪚥 年度任务";
        ReportDocument withRareText = new ReportDocument(fixture.formatVersion(), fixture.kind(), fixture.year(),
                fixture.unit(), fixture.department(), rare, fixture.income(), fixture.expenditure(), fixture.totals(),
                fixture.budget(), fixture.threePublicExpenses(), fixture.assets(), fixture.indicators(),
                fixture.projects(), fixture.scoring(), fixture.conclusion(), fixture.problems(), fixture.suggestions(),
                fixture.resultUse(), fixture.publication(), null, fixture.narrative());
        long id = as.call("drafter", () -> reports.importDocument(withRareText)).id();

        ReportDocument back = as.call("drafter", () -> reports.export(id));
        assertThat(back.kind()).isEqualTo(ReportKind.DEPARTMENT_OVERALL);
        assertThat(back.mainTasks()).isEqualTo(rare);
        assertThat(back.department().duties()).isEqualTo(fixture.department().duties());
        assertThat(back.conclusion()).isEqualTo(fixture.conclusion());
        assertThat(back.narrative()).isEqualTo(fixture.narrative()).contains("\n2022年县医保局资金无结转结余。\n");
        assertThat(back.totals().expenditure()).isEqualByComparingTo("20985541.88");
        assertThat(back.expenditure()).filteredOn(r -> r.code().equals("2109999")).singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualByComparingTo("13.17"));
        assertThat(back.income()).hasSameSizeAs(fixture.income());
        for (int i = 0; i < fixture.income().size(); i++) {
            assertThat(back.income().get(i).name()).isEqualTo(fixture.income().get(i).name());
            assertThat(back.income().get(i).total()).isEqualByComparingTo(fixture.income().get(i).total());
        }
        assertThat(jdbc.queryForObject("select total from report_expenditure_row where report_id = ? and code = "
                + "'2109999'", java.math.BigDecimal.class, id)).hasToString("13.17");
    }

    @Test
    void every_long_text_is_stored_in_its_column_as_the_text_itself_in_the_report_its_history_and_snapshot() {
        ReportDocument small = TestDocuments.small();
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (String column : List.of("duties", "main_tasks", "narrative", "conclusion", "problems", "suggestions",
                "result_use", "publication_text")) {
            texts.put(column, "𠀀𪚥 绩效自评（" + column + "）：资金使用合规，\n😀 目标基本完成。");
        }
        ReportDocument.DepartmentPart department = small.department();
        ReportDocument document = new ReportDocument(small.formatVersion(), small.kind(), small.year(), small.unit(),
                new ReportDocument.DepartmentPart(department.name(), department.region(), department.type(),
                        department.staffing(), texts.get("duties")),
                texts.get("main_tasks"), small.income(), small.expenditure(), small.totals(), small.budget(),
                small.threePublicExpenses(), small.assets(), small.indicators(), small.projects(), small.scoring(),
                texts.get("conclusion"), texts.get("problems"), texts.get("suggestions"), texts.get("result_use"),
                texts.get("publication_text"), null, texts.get("narrative"));
        long objectsBefore = largeObjects();

        long id = as.call("drafter", () -> reports.importDocument(document)).id();
        as.run("drafter", () -> workflow.submit(id, null));

        String columns = String.join(", ", texts.keySet());
        var stored = jdbc.queryForMap("select " + columns + " from report where id = ?", id);
        var audited = jdbc.queryForMap("select " + columns + " from report_aud where id = ? order by rev desc limit 1",
                id);
        texts.forEach((column, text) -> {
            assertThat(stored.get(column)).as("report." + column).hasToString(text);
            assertThat(audited.get(column)).as("report_aud." + column).hasToString(text);
        });
        assertThat(jdbc.queryForObject("select document_json from report_snapshot where report_id = ?", String.class,
                id)).startsWith("{")
                .contains(json.writeValueAsString(texts.get("narrative")))
                .contains(json.writeValueAsString(texts.get("conclusion")));
        assertThat(jdbc.queryForList("select definition from scoring_framework", String.class)).isNotEmpty()
                .allSatisfy(definition -> assertThat(definition).startsWith("{"));
        assertThat(largeObjects()).isEqualTo(objectsBefore);
    }

    @Test
    void account_security_keeps_its_policy_history_and_locks_on_the_database() {
        assertThat(jdbc.queryForList("select min_length, min_classes, history_count, lockout_threshold, lockout_minutes"
                + " from password_policy where id = 1")).singleElement()
                .satisfies(row -> assertThat(row.values()).containsExactly(8, 3, 5, 5, 15));
        as.run("drafter2", () -> account.changePassword("Perfeval#2026", "Zweites#2026"));
        assertThat(jdbc.queryForObject("select count(*) from password_history h join app_user u on u.id = h.user_id"
                + " where u.username = 'drafter2'", Integer.class)).isEqualTo(2);

        Instant before = Instant.now();
        for (int i = 0; i < 5; i++) {
            logins.publishAuthenticationFailure(new BadCredentialsException("wrong"),
                    UsernamePasswordAuthenticationToken.unauthenticated("drafter2", "wrong"));
        }
        Account locked = as.call("security", () -> security.accounts()).stream()
                .filter(a -> a.username().equals("drafter2")).findFirst().orElseThrow();
        assertThat(locked.lockedUntil()).isAfter(before.plus(Duration.ofMinutes(14)))
                .isBefore(Instant.now().plus(Duration.ofMinutes(16)));
        as.run("security", () -> security.unlock("drafter2"));
        assertThat(jdbc.queryForObject("select locked_until from app_user where username = 'drafter2'",
                java.sql.Timestamp.class)).isNull();
    }

    @Autowired
    cn.perfeval.identity.AccessTokens accessTokens;
    @Autowired
    org.springframework.web.context.WebApplicationContext web;

    @Test
    void an_access_token_is_stored_as_its_hash_lets_its_owner_in_and_is_refused_once_revoked_on_the_database()
            throws Exception {
        var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(web)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        String name = "同步脚本（𠀀）";
        var created = as.call("drafter", () -> accessTokens.create(name, 30));
        var listed = as.call("drafter", () -> accessTokens.mine()).getFirst();
        assertThat(listed.name()).isEqualTo(name);
        assertThat(listed.expiresAt()).isEqualTo(created.expiresAt());
        var row = jdbc.queryForMap("select selector, token_hash from access_token where id = ?", created.id());
        assertThat(created.token()).contains((String) row.get("selector"));
        assertThat((String) row.get("token_hash")).hasSize(64).isNotEqualTo(created.token());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/tokens")
                .header("Authorization", "Bearer " + created.token()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].name")
                        .value(name));
        assertThat(jdbc.queryForObject("select last_used_address from access_token where id = ?", String.class,
                created.id())).isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'TOKEN_USE' and username = "
                + "'drafter'", Integer.class)).isEqualTo(1);

        as.run("drafter", () -> accessTokens.revoke(created.id()));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/tokens")
                .header("Authorization", "Bearer " + created.token()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnauthorized());
    }

    @Autowired
    cn.perfeval.review.ReviewComments comments;

    @Test
    void review_comments_keep_their_pin_answers_and_resolution_on_the_database() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        String rare = "𠀀 请核对医疗救助";
        cn.perfeval.review.ReviewComment pin = as.call("bureau", () -> comments.pin(id, rare,
                cn.perfeval.review.PinAnchor.row("income", "21013")));
        as.run("drafter", () -> comments.answer(id, pin.id(), "已核对"));
        as.run("drafter", () -> comments.resolve(id, pin.id()));

        cn.perfeval.review.ReviewComment back = as.call("finance", () -> comments.thread(id)).comments().getFirst();
        assertThat(back.text()).isEqualTo(rare);
        assertThat(back.pin()).isEqualTo(cn.perfeval.review.PinAnchor.row("income", "21013"));
        assertThat(back.resolvedBy()).isEqualTo("drafter");
        assertThat(back.answers()).extracting(cn.perfeval.review.ReviewComment::text).containsExactly("已核对");
    }

    @Test
    void every_part_of_both_fixtures_round_trips_and_a_change_is_recorded_with_its_user_on_the_database() {
        for (String name : List.of("miyi-2022-department.json", "miyi-2022-transfer-payment.json")) {
            ReportDocument fixture = TestDocuments.fixture(json, name, TestDocuments.freshYear());
            long id = as.call("drafter", () -> reports.importDocument(fixture)).id();
            assertThat(as.call("drafter", () -> reports.export(id))).as(name).usingRecursiveComparison()
                    .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                    .isEqualTo(fixture.withProject(fixture.projectName().isEmpty() ? null : fixture.projectName()));

            var details = as.call("drafter", () -> reports.details(id));
            ReportDocument d = details.document();
            ReportDocument edited = new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(),
                    d.mainTasks(), d.income(), d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(),
                    d.assets(), d.indicators(), d.projects(), d.scoring(), "结论已修改。", d.problems(),
                    d.suggestions(), d.resultUse(), d.publication(), d.project(), d.narrative());
            as.run("drafter", () -> reports.saveDraft(id, details.summary().version(), edited));
            var latest = as.call("bureau", () -> reports.changes(id)).getFirst();
            assertThat(latest.user()).isEqualTo("drafter");
            assertThat(latest.fields()).containsExactly(
                    new cn.perfeval.report.ReportChange.Field("conclusion", null, null, d.conclusion(), "结论已修改。"));
        }
    }

    @Test
    void due_dates_and_their_notices_to_come_are_kept_on_the_database_with_no_timer_job_and_notifications_too() {
        long inDrafting = as.call("drafter", () -> reports.list(2022, ReportStatus.DRAFTING, null)).getFirst().id();
        assertThat(timersOf(inDrafting)).isEmpty();
        assertThat(dueDateOf(inDrafting)).isNotNull()
                .matches(at -> at.toInstant().isAfter(Instant.now()) && at.toInstant().isBefore(NEVER));
        assertThat(deadlineSweep.pending(inDrafting)).hasSize(2)
                .allSatisfy((name, at) -> assertThat(at).isAfter(Instant.now()).isBefore(NEVER));

        long undated = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        assertThat(timersOf(undated)).isEmpty();
        assertThat(dueDateOf(undated)).isNull();
        assertThat(deadlineSweep.pending(undated)).isEmpty();

        as.run("drafter", () -> workflow.submit(undated, null));
        assertThat(jdbc.queryForObject("select count(*) from user_notification where recipient = 'bureau'"
                + " and report_id = ? and kind = 'ASSIGNED'", Integer.class, undated)).isEqualTo(1);
    }

    @Autowired
    cn.perfeval.workflow.DeadlineSweep deadlineSweep;

    private java.sql.Timestamp dueDateOf(long reportId) {
        return jdbc.queryForObject("select t.DUE_DATE_ from ACT_RU_TASK t join ACT_RU_EXECUTION e"
                + " on e.ID_ = t.PROC_INST_ID_ where e.BUSINESS_KEY_ = ?", java.sql.Timestamp.class,
                String.valueOf(reportId));
    }

    /** The end of MySQL's TIMESTAMP, where the earlier route's timers of a step without a due date waited. */
    private static final Instant NEVER = Instant.parse("2038-01-01T00:00:00Z");

    private List<java.sql.Timestamp> timersOf(long reportId) {
        return jdbc.queryForList("select j.DUEDATE_ from ACT_RU_TIMER_JOB j join ACT_RU_EXECUTION e"
                + " on e.ID_ = j.PROCESS_INSTANCE_ID_ where e.BUSINESS_KEY_ = ?", java.sql.Timestamp.class,
                String.valueOf(reportId));
    }

    @Test
    void an_evidence_file_of_ten_megabytes_and_a_tables_workbook_round_trip_on_the_database() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        byte[] content = new byte[10 * 1024 * 1024];
        new java.util.Random(7).nextBytes(content);
        System.arraycopy("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, content, 0, 9);
        EvidenceInfo saved = as.call("drafter", () -> evidence.upload(id, "扫描件（𠀀）.pdf", content, "十兆"));

        assertThat(as.call("bureau", () -> evidence.list(id))).singleElement()
                .satisfies(f -> assertThat(f.fileName()).isEqualTo("扫描件（𠀀）.pdf"));
        assertThat(as.call("bureau", () -> evidence.download(id, saved.id())).content()).isEqualTo(content);
        // Ten chunks of 1 MB: no statement comes near the server's max_allowed_packet.
        assertThat(jdbc.queryForObject("select count(*) from evidence_chunk where file_id = ?", Integer.class,
                saved.id())).isEqualTo(10);

        long version = as.call("drafter", () -> reports.summary(id).version());
        byte[] tables = as.call("drafter", () -> workbooks.export(id)).content();
        as.run("drafter", () -> workbooks.importTables(id, version, tables));
        assertThat(as.call("drafter", () -> reports.export(id)).income().get(0).total()).isEqualByComparingTo("1000.50");
    }

    @Test
    void a_report_with_several_projects_and_a_scoring_table_round_trips_through_the_workbook_on_the_database() {
        ReportDocument built = WorkbookDocuments.withProjectsAndScoring(TestDocuments.small());
        long id = as.call("drafter", () -> reports.importDocument(built)).id();
        ReportDocument before = as.call("drafter", () -> reports.details(id)).document();
        long version = as.call("drafter", () -> reports.summary(id).version());

        byte[] tables = as.call("drafter", () -> workbooks.export(id)).content();
        as.run("drafter", () -> workbooks.importTables(id, tables));

        assertThat(as.call("drafter", () -> reports.summary(id).version())).isGreaterThan(version);
        ReportDocument after = as.call("drafter", () -> reports.details(id)).document();
        assertThat(after).isEqualTo(before);
        assertThat(after.projects()).isEqualTo(WorkbookDocuments.PROJECTS);
        assertThat(after.scoring()).isEqualTo(WorkbookDocuments.SCORING);
    }

    @Autowired
    cn.perfeval.declaration.DeclarationService declarations;
    @Autowired
    cn.perfeval.workflow.DeclarationWorkflow declarationRoute;
    @Autowired
    cn.perfeval.monitoring.MonitoringService monitoring;

    /**
     * How precisely this database, through its driver, keeps the times sent to it: microseconds, but
     * seconds on MariaDB through MySQL Connector/J (decision 0018).
     */
    abstract java.time.temporal.ChronoUnit storedTimePrecision();

    /** A time answered when written, as the database keeps it. */
    private Instant stored(Instant written) {
        return written.truncatedTo(storedTimePrecision());
    }

    /** The time read back is kept to the database's precision, and never finer than microseconds. */
    private void assertMicroseconds(Instant at, String what) {
        assertThat(at).as(what).isNotNull().isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS))
                .isEqualTo(at.truncatedTo(storedTimePrecision()));
    }

    @Test
    void a_declaration_its_versions_and_history_read_back_field_by_field_with_their_times_to_the_microsecond() {
        String project = "城乡医疗救助（𠀀𪚥）" + System.nanoTime();
        java.util.List<cn.perfeval.declaration.DeclarationDocument.Indicator> indicators = List.of(
                new cn.perfeval.declaration.DeclarationDocument.Indicator("产出指标", "数量指标", "救助人次", "≥1200人次",
                        new java.math.BigDecimal("12.3456")),
                new cn.perfeval.declaration.DeclarationDocument.Indicator("产出指标", "质量指标", "资金拨付准确率", "≥95%",
                        new java.math.BigDecimal("7.6544")),
                new cn.perfeval.declaration.DeclarationDocument.Indicator("产出指标", "时效指标", "资金拨付时限",
                        "10个工作日内", new java.math.BigDecimal("15.25")),
                new cn.perfeval.declaration.DeclarationDocument.Indicator("效益指标", "社会效益指标", "困难群众医疗费用负担",
                        "有效减轻（𠀀）", new java.math.BigDecimal("44.75")),
                new cn.perfeval.declaration.DeclarationDocument.Indicator("满意度指标", "服务对象满意度指标", "救助对象满意度",
                        "≥95%", new java.math.BigDecimal("20")));
        cn.perfeval.declaration.DeclarationDocument doc = new cn.perfeval.declaration.DeclarationDocument(1,
                ReportKind.PROJECT, 2024, cn.perfeval.report.MoneyUnit.YUAN,
                new cn.perfeval.declaration.DeclarationDocument.Department("米易县医疗保障局"),
                new cn.perfeval.declaration.DeclarationDocument.Project(project),
                "及时足额拨付医疗救助资金，减轻困难群众医疗费用负担；\n😀 全年救助不少于1200人次。",
                new cn.perfeval.declaration.DeclarationDocument.Funds(new java.math.BigDecimal("12345678.90"),
                        new java.math.BigDecimal("12000000.00"), new java.math.BigDecimal("345678.90")),
                indicators);

        var created = as.call("drafter", () -> declarations.create(doc));
        long id = created.id();
        var submitted = as.call("drafter", () -> declarationRoute.submit(id, "请审核（𠀀）"));
        var passed = as.call("bureau", () -> declarationRoute.pass(id, "同意"));
        var approved = as.call("finance", () -> declarationRoute.approve(id, "予以批复，目标≥95%"));
        var adjusted = as.call("drafter", () -> declarations.requestAdjustment(id, "救助对象减少，救助人次按新政策调整",
                cn.perfeval.declaration.Declarations.withIndicator(doc, 0,
                        new cn.perfeval.declaration.DeclarationDocument.Indicator("产出指标", "数量指标", "救助人次",
                                "≥1000人次", new java.math.BigDecimal("12.3456")))));
        var adjustmentApproved = as.call("finance", () -> declarationRoute.approve(id, null));

        var back = as.call("bureau", () -> declarations.details(id));
        assertThat(back.summary().department()).isEqualTo("米易县医疗保障局");
        assertThat(back.summary().year()).isEqualTo(2024);
        assertThat(back.summary().kind()).isEqualTo(ReportKind.PROJECT);
        assertThat(back.summary().project()).isEqualTo(project);
        assertThat(back.summary().status()).isEqualTo(cn.perfeval.declaration.DeclarationStatus.APPROVED);
        assertThat(back.summary().version()).isEqualTo(2);
        assertThat(back.summary().versionInForce()).isEqualTo(2);
        assertThat(back.summary().updatedBy()).isEqualTo("finance");
        assertThat(back.summary().updatedAt()).isEqualTo(stored(adjustmentApproved.updatedAt()));
        assertMicroseconds(back.summary().updatedAt(), "updatedAt");

        var first = as.call("bureau", () -> declarations.versionDocument(id, 1));
        assertThat(first).isEqualTo(doc);
        assertThat(first.funds().total()).hasToString("12345678.90");
        assertThat(first.indicators()).extracting(i -> i.weight().toPlainString())
                .containsExactly("12.3456", "7.6544", "15.25", "44.75", "20");
        assertThat(first.indicators()).extracting(cn.perfeval.declaration.DeclarationDocument.Indicator::target)
                .containsExactly("≥1200人次", "≥95%", "10个工作日内", "有效减轻（𠀀）", "≥95%");
        assertThat(back.document().indicators().getFirst().target()).isEqualTo("≥1000人次");
        assertThat(back.document().overallTarget()).isEqualTo(doc.overallTarget());

        assertThat(back.versions()).hasSize(2);
        var v1 = back.versions().get(0);
        assertThat(v1.state()).isEqualTo(cn.perfeval.declaration.VersionState.SUPERSEDED);
        assertThat(v1.reason()).isNull();
        assertThat(v1.createdBy()).isEqualTo("drafter");
        assertThat(v1.createdAt()).isEqualTo(stored(created.updatedAt()));
        assertThat(v1.approvedBy()).isEqualTo("finance");
        assertThat(v1.approvedAt()).isEqualTo(stored(approved.updatedAt()));
        var v2 = back.versions().get(1);
        assertThat(v2.state()).isEqualTo(cn.perfeval.declaration.VersionState.APPROVED);
        assertThat(v2.reason()).isEqualTo("救助对象减少，救助人次按新政策调整");
        assertThat(v2.createdAt()).isEqualTo(stored(adjusted.updatedAt()));
        assertThat(v2.approvedAt()).isEqualTo(stored(adjustmentApproved.updatedAt()));
        for (Instant at : List.of(v1.createdAt(), v1.approvedAt(), v2.createdAt(), v2.approvedAt())) {
            assertMicroseconds(at, "version time");
        }

        var history = as.call("drafter", () -> declarations.history(id));
        assertThat(history).extracting(cn.perfeval.declaration.DeclarationHistoryEntry::at).containsExactly(
                stored(created.updatedAt()), stored(submitted.updatedAt()), stored(passed.updatedAt()),
                stored(approved.updatedAt()), stored(adjusted.updatedAt()), stored(adjustmentApproved.updatedAt()));
        assertThat(history).extracting(cn.perfeval.declaration.DeclarationHistoryEntry::comment).containsExactly(
                null, "请审核（𠀀）", "同意", "予以批复，目标≥95%", "救助对象减少，救助人次按新政策调整", null);
        assertThat(history).extracting(cn.perfeval.declaration.DeclarationHistoryEntry::version)
                .containsExactly(1, 1, 1, 1, 2, 2);
        assertThat(jdbc.queryForObject("select datetime_precision from information_schema.columns where table_schema = "
                + currentSchema() + " and table_name = 'declaration_version' and column_name = 'approved_at'",
                Number.class).intValue()).isEqualTo(6);
        assertThat(history).allSatisfy(e -> assertMicroseconds(e.at(), "history time"));
    }

    @Test
    void a_monitoring_report_reads_back_field_by_field_with_its_money_texts_and_times_to_the_microsecond() {
        var round = as.call("admin", () -> monitoring.openRound(2024, "2024年6月绩效运行监控（𠀀）" + System.nanoTime(),
                java.time.LocalDate.of(2024, 6, 30), null));
        var doc = new cn.perfeval.monitoring.MonitoringDocument(1, 2024, cn.perfeval.report.MoneyUnit.YUAN,
                new cn.perfeval.monitoring.MonitoringDocument.Department("米易县医疗保障局"), null,
                List.of(new cn.perfeval.monitoring.MonitoringDocument.Line("人员类项目", new java.math.BigDecimal("12345678.90"),
                        new java.math.BigDecimal("6172839.45")),
                        new cn.perfeval.monitoring.MonitoringDocument.Line("公用经费（𠀀）", new java.math.BigDecimal("0.01"),
                                new java.math.BigDecimal("0.00"))),
                List.of(new cn.perfeval.monitoring.MonitoringDocument.Line("城乡医疗救助", new java.math.BigDecimal("9876543.21"),
                        new java.math.BigDecimal("1234567.89"))),
                List.of(new cn.perfeval.monitoring.MonitoringDocument.Indicator(null, "产出指标", "质量指标", "城乡居民医疗保险参保率",
                        "≥95%", cn.perfeval.monitoring.Progress.EXPECTED_MET, null, null),
                        new cn.perfeval.monitoring.MonitoringDocument.Indicator("城乡医疗救助", "产出指标", "数量指标", "救助人次",
                                "≥1200人次", cn.perfeval.monitoring.Progress.AT_RISK, "上半年申请人数少于预期（𠀀）",
                                "加强政策宣传，\n7月前完成排查")));

        var drafted = as.call("drafter", () -> monitoring.draft(round.id(), doc)).report();
        var submitted = as.call("drafter", () -> monitoring.submit(round.id(), drafted.id()));
        var back = as.call("finance", () -> monitoring.report(round.id(), drafted.id()));

        assertThat(back.document()).isEqualTo(doc);
        assertThat(back.document().budget().getFirst().budget()).hasToString("12345678.90");
        assertThat(back.department()).isEqualTo("米易县医疗保障局");
        assertThat(back.project()).isEmpty();
        assertThat(back.status()).isEqualTo(cn.perfeval.monitoring.MonitoringStatus.SUBMITTED);
        assertThat(back.draftedBy()).isEqualTo("drafter");
        assertThat(back.submittedBy()).isEqualTo("drafter");
        assertThat(back.draftedAt()).isEqualTo(stored(drafted.draftedAt()));
        assertThat(back.submittedAt()).isEqualTo(stored(submitted.submittedAt()));
        assertMicroseconds(back.draftedAt(), "draftedAt");
        assertMicroseconds(back.submittedAt(), "submittedAt");
        assertThat(back.findings()).isEqualTo(submitted.findings());
        var roundBack = as.call("finance", () -> monitoring.round(round.id()));
        assertThat(roundBack).usingRecursiveComparison().ignoringFields("openedAt").isEqualTo(round);
        assertThat(roundBack.openedAt()).isEqualTo(stored(round.openedAt()));
        assertMicroseconds(roundBack.openedAt(), "openedAt");
        assertThat(jdbc.queryForObject("select budget from monitoring_report_line where report_id = ? and name = ?",
                java.math.BigDecimal.class, drafted.id(), "人员类项目")).hasToString("12345678.90");
    }
}
