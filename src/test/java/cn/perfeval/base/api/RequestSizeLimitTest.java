package cn.perfeval.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class RequestSizeLimitTest {

    private final RequestSizeLimit filter = new RequestSizeLimit(DataSize.ofBytes(100), new Messages(
            new StaticMessageSource()), JsonMapper.builder().build());

    /** A request that streams its body without stating its length, as chunked uploads do. */
    private static MockHttpServletRequest streamed(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/reports") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(new byte[bytes]);
        return request;
    }

    @Test
    void a_streamed_body_past_the_limit_is_refused_while_it_is_read() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(streamed(1_000), response, (req, res) -> req.getInputStream().readAllBytes());
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void a_streamed_body_within_the_limit_passes() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(streamed(100), response, (req, res) -> {
            assertThat(req.getInputStream().readAllBytes()).hasSize(100);
        });
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
