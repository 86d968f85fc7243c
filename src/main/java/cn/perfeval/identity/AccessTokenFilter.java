package cn.perfeval.identity;

import cn.perfeval.base.DatabaseFaults;
import cn.perfeval.base.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Authorization: Bearer <token>} on the API: a valid personal access token signs the
 * request in as its owner (the same principal as a password login, so the rules on temporary
 * passwords and scope apply unchanged); anything else with a bearer header is answered 401 at
 * once, unless the token could not be read because the database is down: that is a 503 with
 * {@code Retry-After}, as for HTTP Basic. Requests without a bearer header pass on to HTTP
 * Basic. Not a bean: the API's filter chain creates it, so that it runs nowhere else.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokenAuthenticator authenticator;
    private final Messages messages;
    private final JsonMapper json;
    private final SecurityContextHolderStrategy contexts;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    AccessTokenFilter(AccessTokenAuthenticator authenticator, Messages messages, JsonMapper json,
            SecurityContextHolderStrategy contexts) {
        this.authenticator = authenticator;
        this.messages = messages;
        this.json = json;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        AccessTokenAuthentication authentication;
        try {
            authentication = authenticator.authenticate(header.substring(BEARER.length()).strip(),
                    request.getRemoteAddr());
        } catch (AuthenticationException e) {
            contexts.clearContext();
            unauthorized(request, response, e);
            return;
        } catch (RuntimeException e) {
            if (!DatabaseFaults.unavailable(e)) {
                throw e;
            }
            // The token could not be read (the database is down): not the caller's fault.
            contexts.clearContext();
            unavailable(request, response);
            return;
        }
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Messages.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.get("error.database-unavailable", locale));
        problem.setTitle(messages.get("error.title.unavailable", locale));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.RETRY_AFTER, "10");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Locale locale = Messages.of(request);
        String detailKey = e instanceof LockedException ? "error.account.locked"
                : e.getMessage() != null && e.getMessage().startsWith("error.token.") ? e.getMessage()
                : "error.token.invalid";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                messages.get(detailKey, locale));
        problem.setTitle(messages.get("error.title.unauthorized", locale));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"perfeval\", error=\"invalid_token\"");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
