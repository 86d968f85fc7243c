package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyUnitTest {

    @Test
    void ten_thousand_yuan_convert_to_yuan_exactly() {
        assertThat(MoneyUnit.WAN_YUAN.toYuan(new BigDecimal("756.03"))).isEqualByComparingTo("7560300");
        assertThat(MoneyUnit.WAN_YUAN.toYuan(new BigDecimal("0.0001"))).isEqualByComparingTo("1");
    }

    @Test
    void yuan_convert_back_to_ten_thousand_yuan_without_losing_a_cent() {
        assertThat(MoneyUnit.WAN_YUAN.fromYuan(new BigDecimal("7560300.00"))).hasToString("756.03");
        assertThat(MoneyUnit.WAN_YUAN.fromYuan(new BigDecimal("13.17"))).hasToString("0.001317");
        assertThat(MoneyUnit.YUAN.fromYuan(new BigDecimal("20985541.88"))).hasToString("20985541.88");
        assertThat(MoneyUnit.YUAN.fromYuan(BigDecimal.ZERO.setScale(2))).hasToString("0.00");
    }
}
