package cn.perfeval.checks.core.rules;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.core.Figures;
import java.math.BigDecimal;
import java.util.List;

/** Small helpers to write figures into message arguments. */
final class Texts {

    private Texts() {
    }

    static LocalizedMessage message(String key, Object... args) {
        return new LocalizedMessage(key, args);
    }

    /** Money as a clerk reads it, {@code 20,985,541.88}. */
    static String money(BigDecimal amount) {
        return Figures.money(amount);
    }

    /** The absolute difference, written as money. */
    static String gap(BigDecimal a, BigDecimal b) {
        return Figures.money(a.subtract(b).abs());
    }

    /** A name that may be unstated. */
    static String name(String name) {
        return name == null ? "" : name.strip();
    }

    /** A row named by its text, or by its place (1-based) where the text is blank. */
    static String row(String text, int index) {
        return Figures.stated(text) ? text.strip() : String.valueOf(index + 1);
    }

    /** A scoring item named by its path joined with " / " ({@code 部门预算项目绩效管理 / 目标管理 / 目标制定}), or its place. */
    static String path(List<String> path, int index) {
        return path == null || path.isEmpty() ? String.valueOf(index + 1) : String.join(" / ", path);
    }
}
