package cn.perfeval.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The categories (类, the 3-digit codes) of the functional classification of expenditure
 * (支出功能分类科目) of the government revenue and expenditure classification (《政府收支分类科目》),
 * 201 一般公共服务支出 to 234 抗疫特别国债安排的支出. A 款 (5 digits) and a 项 (7 digits) belong to the
 * 类 of their first three digits.
 */
public final class FunctionalClassification {

    private static final Map<String, String> CATEGORIES = build();

    private FunctionalClassification() {
    }

    /** The 类 codes and their names, in code order. */
    public static Map<String, String> categories() {
        return CATEGORIES;
    }

    private static Map<String, String> build() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("201", "一般公共服务支出");
        c.put("202", "外交支出");
        c.put("203", "国防支出");
        c.put("204", "公共安全支出");
        c.put("205", "教育支出");
        c.put("206", "科学技术支出");
        c.put("207", "文化旅游体育与传媒支出");
        c.put("208", "社会保障和就业支出");
        c.put("209", "社会保险基金支出");
        c.put("210", "卫生健康支出");
        c.put("211", "节能环保支出");
        c.put("212", "城乡社区支出");
        c.put("213", "农林水支出");
        c.put("214", "交通运输支出");
        c.put("215", "资源勘探工业信息等支出");
        c.put("216", "商业服务业等支出");
        c.put("217", "金融支出");
        c.put("219", "援助其他地区支出");
        c.put("220", "自然资源海洋气象等支出");
        c.put("221", "住房保障支出");
        c.put("222", "粮油物资储备支出");
        c.put("223", "国有资本经营预算支出");
        c.put("224", "灾害防治及应急管理支出");
        c.put("227", "预备费");
        c.put("229", "其他支出");
        c.put("230", "转移性支出");
        c.put("231", "债务还本支出");
        c.put("232", "债务付息支出");
        c.put("233", "债务发行费用支出");
        c.put("234", "抗疫特别国债安排的支出");
        return java.util.Collections.unmodifiableMap(c);
    }

    /** The name of the 类 a code (3, 5 or 7 digits) belongs to; empty when the code is malformed or its 类 unknown. */
    public static Optional<String> categoryOf(String code) {
        if (code == null || code.length() < 3) {
            return Optional.empty();
        }
        return Optional.ofNullable(CATEGORIES.get(code.substring(0, 3)));
    }

    /** Whether a code's first three digits are a known 类. */
    public static boolean isKnown(String code) {
        return categoryOf(code).isPresent();
    }
}
