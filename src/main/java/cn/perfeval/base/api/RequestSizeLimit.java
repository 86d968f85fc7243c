package cn.perfeval.base.api;

import cn.perfeval.base.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses API request bodies above {@code perfeval.api.max-request-size} (default 5 MB) with a 413
 * problem, whether the client states the length or streams the body, so that no request can make
 * the server read an unbounded document into memory. An evidence upload
 * ({@code POST /api/reports/{id}/evidence}) may carry a file up to {@code perfeval.evidence.max-size}
 * (default 10 MB) with room for the multipart form around it; the evidence service refuses a file
 * above the limit itself, with its name and size.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    /** Room for the multipart boundaries, part headers and form fields around an uploaded file. */
    static final long MULTIPART_ALLOWANCE = 64 * 1024;
    private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("/api/reports/[^/]+/evidence/?");

    private final long limit;
    private final long uploadLimit;
    private final Messages messages;
    private final JsonMapper json;

    @Autowired
    RequestSizeLimit(@Value("${perfeval.api.max-request-size:5MB}") DataSize limit,
            @Value("${perfeval.evidence.max-size:10MB}") DataSize evidenceLimit, Messages messages, JsonMapper json) {
        this.limit = limit.toBytes();
        this.uploadLimit = Math.max(this.limit, evidenceLimit.toBytes() + MULTIPART_ALLOWANCE);
        this.messages = messages;
        this.json = json;
    }

    RequestSizeLimit(DataSize limit, Messages messages, JsonMapper json) {
        this(limit, DataSize.ofBytes(0), messages, json);
    }

    /** The limit that applies to the request: the evidence upload's, or the API's. */
    long limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && EVIDENCE_UPLOAD.matcher(path).matches() ? uploadLimit : limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long applicable = limitOf(request);
        if (request.getContentLengthLong() > applicable) {
            refuse(request, response, applicable);
            return;
        }
        try {
            chain.doFilter(new Limited(request, applicable), response);
        } catch (TooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                refuse(request, response, applicable);
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        Locale locale = Messages.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.get("error.too-large", locale, DataSize.ofBytes(limit).toMegabytes()));
        problem.setTitle(messages.get("error.title.too-large", locale));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** Thrown while reading past the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body too large");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws TooLarge {
                    read += n;
                    if (read > limit) {
                        throw new TooLarge();
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
