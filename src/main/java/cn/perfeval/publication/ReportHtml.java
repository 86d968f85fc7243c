package cn.perfeval.publication;

import cn.perfeval.base.Formats;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Assets;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.Deduction;
import cn.perfeval.report.ReportDocument.DepartmentPart;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import cn.perfeval.report.ReportDocument.Staffing;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A published report as the standard outline of a published self-evaluation report (一、部门基本情况
 * … 四、评价结论及建议), written as well-formed XHTML: the public page shows it and the PDF is
 * printed from it. Only the parts the document has are written, and the outline is numbered
 * accordingly. Money is written as in the published 决算 tables, with its unit.
 */
final class ReportHtml {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final ReportSummary summary;
    private final ReportDocument doc;
    private final String unit;
    private final StringBuilder out = new StringBuilder(32_768);

    private ReportHtml(ReportDetails details) {
        this.summary = details.summary();
        this.doc = details.document();
        this.unit = doc.unit() == MoneyUnit.WAN_YUAN ? "万元" : "元";
    }

    /** The report as one {@code <article>} element. */
    static String article(ReportDetails details) {
        return new ReportHtml(details).write();
    }

    /** The report as a whole XHTML document with the stylesheet, for printing. */
    static String document(ReportDetails details, String css) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>" + esc(title(details))
                + "</title><style>\n" + css + "\n</style></head><body>" + article(details) + "</body></html>";
    }

    /** The report's title as published: department, year, project (where it is a project's) and kind. */
    static String title(ReportDetails details) {
        ReportSummary s = details.summary();
        return s.department() + s.year() + "年" + s.project() + kindTitle(s.kind());
    }

    static String kindTitle(ReportKind kind) {
        return switch (kind) {
            case DEPARTMENT_OVERALL -> "部门整体支出绩效自评报告";
            case PROJECT -> "项目支出绩效自评报告";
            case TRANSFER_PAYMENT -> "转移支付区域（项目）绩效目标自评报告";
        };
    }

    private String write() {
        out.append("<article class=\"report-doc\">");
        out.append("<header class=\"report-title\"><p class=\"report-department\">").append(esc(summary.department()))
                .append("</p><h1>").append(summary.year()).append("年").append(esc(summary.project()))
                .append(esc(kindTitle(summary.kind())))
                .append("</h1>");
        if (summary.publishedAt() != null) {
            out.append("<p class=\"report-published\">公开日期：").append(Formats.date(summary.publishedAt()))
                    .append("</p>");
        }
        out.append("</header>");
        Outline outline = new Outline();
        basicInformation(outline);
        funds(outline);
        performance(outline);
        conclusions(outline);
        out.append("</article>");
        return out.toString();
    }

    // 一、部门基本情况

    private void basicInformation(Outline outline) {
        DepartmentPart d = doc.department();
        Staffing staffing = d == null ? null : d.staffing();
        boolean organisation = d != null && (d.name() != null || d.region() != null || d.type() != null);
        boolean duties = d != null && hasText(d.duties());
        if (!organisation && !duties && staffing == null && !hasText(doc.mainTasks())) {
            return;
        }
        outline.section("部门基本情况");
        if (organisation) {
            outline.part("机构组成");
            List<String> facts = new ArrayList<>();
            add(facts, "单位名称", d.name());
            add(facts, "所属地区", d.region());
            add(facts, "单位性质", d.type());
            paragraph(String.join("；", facts) + "。");
        }
        if (duties || staffing != null) {
            outline.part("机构职能和人员概况");
            int n = 1;
            if (duties) {
                out.append("<h4>").append(n++).append("、机构职能</h4>");
                paragraphs(d.duties());
            }
            if (staffing != null) {
                out.append("<h4>").append(n).append("、人员概况</h4>");
                List<String> facts = new ArrayList<>();
                if (staffing.authorized() != null) {
                    facts.add("编制" + staffing.authorized() + "人");
                }
                if (staffing.actual() != null) {
                    facts.add("年末实有在职人员" + staffing.actual() + "人");
                }
                if (staffing.retired() != null) {
                    facts.add("退休人员" + staffing.retired() + "人");
                }
                paragraph(String.join("，", facts) + "。");
            }
        }
        if (hasText(doc.mainTasks())) {
            outline.part("年度主要工作任务");
            paragraphs(doc.mainTasks());
        }
    }

    // 二、部门资金收支情况

    private void funds(Outline outline) {
        Totals t = doc.totals();
        List<IncomeLine> income = byCode(doc.income(), IncomeLine::code);
        List<ExpenditureLine> expenditure = byCode(doc.expenditure(), ExpenditureLine::code);
        boolean overall = t != null || !income.isEmpty() || !expenditure.isEmpty();
        boolean budget = doc.budget() != null && !doc.budget().isEmpty();
        ThreePublicExpenses three = doc.threePublicExpenses();
        Assets assets = doc.assets();
        boolean narrative = hasText(doc.narrative());
        if (!overall && !budget && three == null && assets == null && !narrative) {
            return;
        }
        outline.section("部门资金收支情况");
        if (overall) {
            outline.part("部门总体收支情况");
            int n = 1;
            if (!income.isEmpty() || t != null && t.income() != null) {
                out.append("<h4>").append(n++).append("、部门总体收入情况</h4>");
                if (t != null && t.income() != null) {
                    StringBuilder s = new StringBuilder(summary.year() + "年资金收入总额为" + amount(t.income()) + "。");
                    List<String> parts = new ArrayList<>();
                    if (t.incomeFiscal() != null) {
                        parts.add("财政拨款收入" + amount(t.incomeFiscal()));
                    }
                    if (t.incomeOther() != null) {
                        parts.add("其他收入" + amount(t.incomeOther()));
                    }
                    if (!parts.isEmpty()) {
                        s.append("其中：").append(String.join("，", parts)).append("。");
                    }
                    if (!income.isEmpty()) {
                        s.append("明细请参见下表：");
                    }
                    paragraph(s.toString());
                }
                if (!income.isEmpty()) {
                    codeTable("income-table", summary.year() + "年收入决算表", "本年收入合计", "财政拨款收入", "其他收入",
                            t == null ? null : new BigDecimal[] {t.income(), t.incomeFiscal(), t.incomeOther()},
                            income.stream().map(l -> new CodeRow(l.code(), l.name(), l.total(), l.fiscal(), l.other()))
                                    .toList());
                }
            }
            if (!expenditure.isEmpty() || t != null && t.expenditure() != null) {
                out.append("<h4>").append(n++).append("、部门总体支出情况</h4>");
                if (t != null && t.expenditure() != null) {
                    StringBuilder s = new StringBuilder(
                            summary.year() + "年资金支出总额为" + amount(t.expenditure()) + "。");
                    List<String> parts = new ArrayList<>();
                    if (t.basic() != null) {
                        parts.add("基本支出" + amount(t.basic()));
                    }
                    if (t.project() != null) {
                        parts.add("项目支出" + amount(t.project()));
                    }
                    if (!parts.isEmpty()) {
                        s.append("其中：").append(String.join("，", parts)).append("。");
                    }
                    if (!expenditure.isEmpty()) {
                        s.append("明细请参见下表：");
                    }
                    paragraph(s.toString());
                }
                if (!expenditure.isEmpty()) {
                    codeTable("expenditure-table", summary.year() + "年支出决算表", "本年支出合计", "基本支出", "项目支出",
                            t == null ? null : new BigDecimal[] {t.expenditure(), t.basic(), t.project()},
                            expenditure.stream()
                                    .map(l -> new CodeRow(l.code(), l.name(), l.total(), l.basic(), l.project()))
                                    .toList());
                }
            }
            if (t != null && (t.openingBalance() != null || t.closingBalance() != null)) {
                out.append("<h4>").append(n).append("、部门总体结转结余情况</h4>");
                boolean none = isZero(t.openingBalance()) && isZero(t.closingBalance());
                paragraph(none ? summary.year() + "年资金无结转结余。"
                        : summary.year() + "年年初结转结余" + amount(t.openingBalance()) + "，年末结转结余"
                                + amount(t.closingBalance()) + "。");
            }
        }
        if (budget) {
            outline.part("部门预算执行情况");
            budgetTable(doc.budget());
        }
        if (narrative) {
            // The drafter's own explanation of the figures above, line by line as written.
            outline.part("收入支出及预算执行情况说明");
            paragraphs(doc.narrative());
        }
        if (three != null) {
            outline.part("“三公”经费情况");
            threePublic(three);
        }
        if (assets != null) {
            outline.part("资产情况");
            assetsTable(assets);
        }
    }

    private record CodeRow(String code, String name, BigDecimal total, BigDecimal first, BigDecimal second) {
    }

    /** A table by functional classification code as the published 决算 tables show it. */
    private void codeTable(String id, String caption, String totalHeader, String firstHeader, String secondHeader,
            BigDecimal[] stated, List<CodeRow> rows) {
        boolean first = rows.stream().anyMatch(r -> r.first() != null) || stated != null && stated[1] != null;
        boolean second = rows.stream().anyMatch(r -> r.second() != null) || stated != null && stated[2] != null;
        tableStart(id, caption);
        out.append("<thead><tr><th colspan=\"2\">支出功能分类科目</th><th rowspan=\"2\">").append(totalHeader)
                .append("</th>");
        if (first) {
            out.append("<th rowspan=\"2\">").append(firstHeader).append("</th>");
        }
        if (second) {
            out.append("<th rowspan=\"2\">").append(secondHeader).append("</th>");
        }
        out.append("</tr><tr><th class=\"code\">科目编码</th><th>科目名称</th></tr></thead><tbody>");
        if (stated != null && stated[0] != null) {
            out.append("<tr class=\"total\"><td></td><td class=\"name\">合计</td>");
            money(stated[0]);
            if (first) {
                money(stated[1]);
            }
            if (second) {
                money(stated[2]);
            }
            out.append("</tr>");
        }
        for (CodeRow r : rows) {
            int level = r.code() == null ? 1 : r.code().length() <= 3 ? 1 : r.code().length() <= 5 ? 2 : 3;
            out.append("<tr class=\"level-").append(level).append("\"><td class=\"code\">").append(esc(r.code()))
                    .append("</td><td class=\"name\">").append(esc(r.name())).append("</td>");
            money(r.total());
            if (first) {
                money(r.first());
            }
            if (second) {
                money(r.second());
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void budgetTable(List<BudgetLine> lines) {
        tableStart("budget-table", "预算执行情况表");
        out.append("<thead><tr><th>项目</th><th>年初预算数</th><th>调整后预算数</th><th>执行数</th><th>执行率</th>"
                + "</tr></thead><tbody>");
        BigDecimal initial = BigDecimal.ZERO;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (BudgetLine l : lines) {
            BigDecimal base = l.adjusted() != null ? l.adjusted() : l.initial();
            out.append("<tr><td class=\"name\">").append(esc(l.item())).append("</td>");
            money(l.initial());
            money(l.adjusted());
            money(l.executed());
            out.append("<td class=\"num\">").append(rate(l.executed(), base)).append("</td></tr>");
            initial = initial.add(zeroIfNull(l.initial()));
            budget = budget.add(zeroIfNull(base));
            executed = executed.add(zeroIfNull(l.executed()));
        }
        out.append("<tr class=\"total\"><td class=\"name\">合计</td>");
        money(initial);
        money(budget);
        money(executed);
        out.append("<td class=\"num\">").append(rate(executed, budget)).append("</td></tr></tbody></table>");
        paragraph("执行率 = 执行数 ÷ 调整后预算数（未调整的按年初预算数）。");
    }

    private void threePublic(ThreePublicExpenses e) {
        ThreeLines budget = e.budget();
        ThreeLines actual = e.actual();
        tableStart("three-public-table", "“三公”经费支出情况表");
        out.append("<thead><tr><th>项目</th>");
        if (budget != null) {
            out.append("<th>预算数</th>");
        }
        if (actual != null) {
            out.append("<th>决算数</th>");
        }
        out.append("</tr></thead><tbody>");
        List<Function<ThreeLines, BigDecimal>> columns = List.of(ThreeLines::overseas, ThreeLines::vehicles,
                ThreeLines::reception);
        String[] names = {"因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"};
        for (int i = 0; i < names.length; i++) {
            out.append("<tr><td class=\"name\">").append(names[i]).append("</td>");
            if (budget != null) {
                money(columns.get(i).apply(budget));
            }
            if (actual != null) {
                money(columns.get(i).apply(actual));
            }
            out.append("</tr>");
        }
        out.append("<tr class=\"total\"><td class=\"name\">合计</td>");
        if (budget != null) {
            money(sum(budget));
        }
        if (actual != null) {
            money(sum(actual));
        }
        out.append("</tr></tbody></table>");
        if (e.receptionBatches() != null || e.receptionPersons() != null) {
            paragraph("国内公务接待" + (e.receptionBatches() == null ? "" : e.receptionBatches() + "批次")
                    + (e.receptionBatches() != null && e.receptionPersons() != null ? "，" : "")
                    + (e.receptionPersons() == null ? "" : "接待" + e.receptionPersons() + "人次") + "。");
        }
    }

    private void assetsTable(Assets a) {
        tableStart("assets-table", "资产情况表");
        out.append("<thead><tr><th>项目</th><th>金额</th></tr></thead><tbody>");
        String[] names = {"资产总额", "负债总额", "净资产", "固定资产原值", "在用资产"};
        BigDecimal[] values = {a.total(), a.liabilities(), a.net(), a.fixedAssetsOriginal(), a.fixedAssetsInUse()};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                out.append("<tr><td class=\"name\">").append(names[i]).append("</td>");
                money(values[i]);
                out.append("</tr>");
            }
        }
        out.append("</tbody></table>");
    }

    // 三、部门整体绩效分析

    private void performance(Outline outline) {
        boolean indicators = doc.indicators() != null && !doc.indicators().isEmpty();
        boolean projects = doc.projects() != null && !doc.projects().isEmpty();
        Scoring scoring = doc.scoring();
        if (!indicators && !projects && scoring == null) {
            return;
        }
        outline.section(summary.kind() == ReportKind.DEPARTMENT_OVERALL ? "部门整体绩效分析" : "绩效目标完成情况分析");
        if (indicators) {
            outline.part("绩效指标完成情况");
            indicatorTable("indicators-table", "绩效指标完成情况表", doc.indicators());
        }
        if (projects) {
            outline.part("项目绩效完成情况");
            int n = 1;
            for (Project p : doc.projects()) {
                project(n++, p);
            }
        }
        if (scoring != null) {
            outline.part("绩效自评得分");
            scoringTable(scoring);
        }
    }

    private void project(int n, Project p) {
        out.append("<h4>").append(n).append("、").append(esc(p.name())).append("</h4>");
        if (p.budget() != null || p.executed() != null) {
            tableStart(null, "项目资金情况表");
            out.append("<thead><tr><th>资金</th><th>财政资金</th><th>其他资金</th><th>合计</th></tr></thead><tbody>");
            if (p.budget() != null) {
                fundsRow("预算数", p.budget());
            }
            if (p.executed() != null) {
                fundsRow("执行数", p.executed());
            }
            out.append("</tbody></table>");
            if (p.budget() != null && p.executed() != null) {
                paragraph("资金执行率：" + rate(total(p.executed()), total(p.budget())) + "。");
            }
        }
        if (hasText(p.target())) {
            out.append("<p class=\"label\">年度目标：</p>");
            paragraphs(p.target());
        }
        if (p.indicators() != null && !p.indicators().isEmpty()) {
            indicatorTable(null, "绩效指标完成情况表", p.indicators());
        }
    }

    private void fundsRow(String label, Funds f) {
        out.append("<tr><td class=\"name\">").append(label).append("</td>");
        money(f.fiscal());
        money(f.other());
        money(total(f));
        out.append("</tr>");
    }

    private void indicatorTable(String id, String caption, List<Indicator> indicators) {
        boolean weights = indicators.stream().anyMatch(i -> i.weight() != null || i.score() != null);
        boolean reasons = indicators.stream().anyMatch(i -> hasText(i.deviationReason()));
        out.append("<table class=\"report-table indicators\"").append(id == null ? "" : " id=\"" + id + "\"")
                .append("><caption>").append(caption).append("</caption><thead><tr><th class=\"l1\">一级指标</th>"
                        + "<th class=\"l2\">二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th>");
        if (weights) {
            out.append("<th>分值</th><th>得分</th>");
        }
        if (reasons) {
            out.append("<th>偏差原因</th>");
        }
        out.append("</tr></thead><tbody>");
        for (Indicator i : indicators) {
            out.append("<tr><td class=\"l1\">").append(esc(i.level1())).append("</td><td class=\"l2\">")
                    .append(esc(i.level2()))
                    .append("</td><td>").append(esc(i.name())).append("</td><td>").append(lines(i.target()))
                    .append("</td><td>").append(lines(i.actual())).append("</td>");
            if (weights) {
                out.append("<td class=\"num\">").append(points(i.weight())).append("</td><td class=\"num\">")
                        .append(points(i.score())).append("</td>");
            }
            if (reasons) {
                out.append("<td>").append(lines(i.deviationReason())).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void scoringTable(Scoring s) {
        if (hasText(s.framework())) {
            paragraph("评价指标体系：" + s.framework() + "。");
        }
        List<ScoringItem> items = s.items() == null ? List.of() : s.items();
        out.append("<table class=\"report-table scoring\" id=\"scoring-table\"><caption>绩效自评评分表</caption><thead><tr>"
                + "<th class=\"l1\">一级指标</th><th class=\"l2\">二级指标</th><th class=\"l2\">三级指标</th>"
                + "<th class=\"pts\">分值</th><th class=\"pts\">自评得分</th><th>评分说明</th>"
                + "</tr></thead><tbody>");
        BigDecimal max = BigDecimal.ZERO;
        for (ScoringItem item : items) {
            List<String> path = item.path() == null ? List.of() : item.path();
            out.append("<tr>");
            for (int level = 0; level < 3; level++) {
                out.append(level == 0 ? "<td class=\"l1\">" : "<td class=\"l2\">")
                        .append(esc(level < path.size() ? path.get(level) : "")).append("</td>");
            }
            out.append("<td class=\"num\">").append(points(item.maxPoints())).append("</td><td class=\"num\">")
                    .append(points(item.selfScore())).append("</td><td>").append(lines(item.explanation()))
                    .append("</td></tr>");
            max = max.add(zeroIfNull(item.maxPoints()));
        }
        for (Deduction d : s.deductions() == null ? List.<Deduction>of() : s.deductions()) {
            out.append("<tr class=\"deduction\"><td colspan=\"3\">扣分项：").append(esc(d.name()))
                    .append("</td><td class=\"num\">").append(points(d.maxPoints())).append("</td><td class=\"num\">")
                    .append(d.points() == null || d.points().signum() == 0 ? "0" : "-" + points(d.points().abs()))
                    .append("</td><td></td></tr>");
        }
        out.append("<tr class=\"total\"><td colspan=\"3\">合计</td><td class=\"num\">").append(points(max))
                .append("</td><td class=\"num\">").append(points(s.total())).append("</td><td>")
                .append(hasText(s.grade()) ? "评价等级：" + esc(s.grade()) : "").append("</td></tr></tbody></table>");
        if (s.total() != null) {
            paragraph("自评得分" + points(s.total()) + "分" + (hasText(s.grade()) ? "，评价等级为“" + s.grade() + "”" : "")
                    + "。");
        }
    }

    // 四、评价结论及建议

    private void conclusions(Outline outline) {
        String[][] parts = {{"评价结论", doc.conclusion()}, {"存在问题", doc.problems()}, {"改进建议", doc.suggestions()},
            {"结果应用情况", doc.resultUse()}, {"公开情况", doc.publication()}};
        if (java.util.Arrays.stream(parts).noneMatch(p -> hasText(p[1]))) {
            return;
        }
        outline.section("评价结论及建议");
        for (String[] p : parts) {
            if (hasText(p[1])) {
                outline.part(p[0]);
                paragraphs(p[1]);
            }
        }
    }

    // Writing

    /** Numbers the sections 一、二、… and their parts （一）（二）… as they are written. */
    private final class Outline {
        private int section;
        private int part;

        void section(String title) {
            out.append("<h2>").append(NUMERALS[section++]).append("、").append(esc(title)).append("</h2>");
            part = 0;
        }

        void part(String title) {
            out.append("<h3>（").append(NUMERALS[part++]).append("）").append(esc(title)).append("</h3>");
        }
    }

    private void tableStart(String id, String caption) {
        out.append("<table class=\"report-table\"").append(id == null ? "" : " id=\"" + id + "\"").append("><caption>")
                .append(esc(caption)).append("<span class=\"unit\">单位：").append(unit).append("</span></caption>");
    }

    private void money(BigDecimal value) {
        out.append("<td class=\"num\">").append(Formats.money(value)).append("</td>");
    }

    private String amount(BigDecimal value) {
        return Formats.money(value) + unit;
    }

    private void paragraph(String text) {
        out.append("<p>").append(esc(text)).append("</p>");
    }

    private void paragraphs(String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                paragraph(line.strip());
            }
        }
    }

    private static String lines(String text) {
        return text == null ? "" : String.join("<br/>", text.strip().lines().map(ReportHtml::esc).toList());
    }

    /** The share in percent with two decimals; a dash where there is no base. */
    static String rate(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return "—";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String points(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal total(Funds f) {
        return f.fiscal() == null && f.other() == null ? null : zeroIfNull(f.fiscal()).add(zeroIfNull(f.other()));
    }

    private static BigDecimal sum(ThreeLines l) {
        return zeroIfNull(l.overseas()).add(zeroIfNull(l.vehicles())).add(zeroIfNull(l.reception()));
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static boolean isZero(BigDecimal value) {
        return value == null || value.signum() == 0;
    }

    private static void add(List<String> facts, String label, String value) {
        if (hasText(value)) {
            facts.add(label + "：" + value.strip());
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    /** Rows in the order of the classification tree: each code after its parent. */
    private static <T> List<T> byCode(List<T> rows, Function<T, String> code) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing(r -> Objects.requireNonNullElse(code.apply(r), ""))).toList();
    }

    /** Escapes text for XHTML content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
