package cn.perfeval.checks;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CheckProperties.class)
class ChecksConfiguration {
}
