package cn.perfeval.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.snapshot.Changes.TextSegment;
import cn.perfeval.snapshot.Changes.TextSegment.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void equal_texts_have_no_segments() {
        assertThat(TextDiff.diff("整体支出情况良好。", "整体支出情况良好。")).isEmpty();
        assertThat(TextDiff.diff(null, "")).isEmpty();
    }

    @Test
    void chinese_is_compared_character_by_character_and_the_insertion_is_marked() {
        List<TextSegment> segments = TextDiff.diff("整体支出情况良好。", "整体支出情况良好，资金使用规范。");

        assertThat(segments).containsExactly(new TextSegment(Kind.SAME, "整体支出情况良好"),
                new TextSegment(Kind.INSERTED, "，资金使用规范"), new TextSegment(Kind.SAME, "。"));
    }

    @Test
    void a_replaced_word_reads_as_the_old_word_deleted_then_the_new_inserted() {
        List<TextSegment> segments = TextDiff.diff("资金使用基本规范。", "资金使用较为规范。");

        assertThat(segments).containsExactly(new TextSegment(Kind.SAME, "资金使用"),
                new TextSegment(Kind.DELETED, "基本"), new TextSegment(Kind.INSERTED, "较为"),
                new TextSegment(Kind.SAME, "规范。"));
    }

    @Test
    void a_number_is_replaced_whole_not_digit_by_digit() {
        List<TextSegment> segments = TextDiff.diff("执行率为95.5%。", "执行率为96.25%。");

        assertThat(segments).containsExactly(new TextSegment(Kind.SAME, "执行率为"),
                new TextSegment(Kind.DELETED, "95.5"), new TextSegment(Kind.INSERTED, "96.25"),
                new TextSegment(Kind.SAME, "%。"));
    }

    @Test
    void a_deleted_sentence_is_marked_and_the_rest_kept() {
        List<TextSegment> segments = TextDiff.diff("一、资助参保。二、应保尽保。三、待遇落实。", "一、资助参保。三、待遇落实。");

        assertThat(segments).containsExactly(new TextSegment(Kind.SAME, "一、资助参保。"),
                new TextSegment(Kind.DELETED, "二、应保尽保。"), new TextSegment(Kind.SAME, "三、待遇落实。"));
    }

    @Test
    void a_single_kept_character_between_two_changes_is_folded_into_them() {
        List<TextSegment> segments = TextDiff.diff("甲的乙", "丙的丁");

        assertThat(segments).containsExactly(new TextSegment(Kind.DELETED, "甲的乙"),
                new TextSegment(Kind.INSERTED, "丙的丁"));
    }

    @Test
    void the_segments_give_back_both_texts() {
        String before = "2022年，我单位整体支出情况良好，预算执行率98%，绩效目标基本完成。\n存在问题：项目论证不充分。";
        String after = "2022年，我局整体支出情况较好，预算执行率达到99.2%，绩效目标全面完成。\n存在问题：部分项目论证不充分，已整改。";
        Changes.TextChange change = new Changes.TextChange(ReportPart.CONCLUSIONS, null, null, "conclusion",
                TextDiff.diff(before, after));

        assertThat(change.before()).isEqualTo(before);
        assertThat(change.after()).isEqualTo(after);
        assertThat(change.segments()).extracting(TextSegment::kind).contains(Kind.SAME, Kind.DELETED, Kind.INSERTED);
    }

    @Test
    void texts_too_different_to_compare_unit_by_unit_are_compared_by_sentence_and_still_give_back_both() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            before.append("甲乙丙丁");
            after.append("戊己庚辛");
            if (i % 10 == 9) {
                before.append("。");
                after.append("。");
            }
        }
        List<TextSegment> segments = TextDiff.diff(before.toString(), after.toString());
        Changes.TextChange change = new Changes.TextChange(ReportPart.CONCLUSIONS, null, null, "conclusion", segments);

        assertThat(change.before()).isEqualTo(before.toString());
        assertThat(change.after()).isEqualTo(after.toString());
    }

    @Test
    void chinese_characters_are_units_and_latin_words_and_decimals_stay_whole() {
        assertThat(TextDiff.tokens("资助21575人次, rate 95.5%")).containsExactly("资", "助", "21575", "人", "次", ",",
                " ", "rate", " ", "95.5", "%");
    }
}
