package cn.perfeval.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class NotReadyFilterTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final NotReadyFilter filter;

    NotReadyFilterTest() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("vaadin-i18n/translations");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        filter = new NotReadyFilter(availability, new Messages(source), JsonMapper.builder().build());
    }

    private MockHttpServletResponse login() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/login"), response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(200);
        }
        return response;
    }

    @Test
    void before_the_application_is_ready_the_portal_answers_503_with_a_chinese_message_and_retry_after()
            throws Exception {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        MockHttpServletResponse response = login();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("系统正在启动，请稍后再试。");
    }

    @Test
    void once_ready_requests_pass_through() throws Exception {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(login().getStatus()).isEqualTo(200);
    }
}
