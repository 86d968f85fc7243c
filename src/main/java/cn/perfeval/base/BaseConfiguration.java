package cn.perfeval.base;

import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

@Configuration
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Money travels as decimal strings ({@code "1811101.92"}), never through binary floating point. */
    @Bean
    SimpleModule decimalsAsStrings() {
        SimpleModule module = new SimpleModule("perfeval-decimals");
        module.addSerializer(BigDecimal.class, new ValueSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.toPlainString());
            }
        });
        return module;
    }
}
