package cn.perfeval.identity;

import cn.perfeval.identity.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import cn.perfeval.base.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors, one set of rules: the Vaadin portal with form login and sessions, and the stateless
 * JSON API under {@code /api} with HTTP Basic. Method security guards every service. A user who
 * holds a temporary password gets nothing from the API until they have chosen their own on the
 * portal.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(AccountSecurityProperties.class)
class SecurityConfig {

    /**
     * What the portal's pages may load and run: only their own origin. Vaadin's client needs inline
     * scripts and styles and {@code eval} (its bootstrap and the components' templates), and
     * WebSockets for its push and development mode; images may be data and blob URLs (charts,
     * previews). Nothing may frame the portal, no plugin runs, forms post only to the portal.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final Messages messages;
    private final JsonMapper json;
    private final SecurityContextHolderStrategy contexts;

    SecurityConfig(Messages messages, JsonMapper json, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.messages = messages;
        this.json = json;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Publishes refusals of access so that the audit log records them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /** The port the management server listens on, once it does (it has none on the portal's port). */
    private final AtomicInteger managementPort = new AtomicInteger(-1);

    @EventListener
    void on(WebServerInitializedEvent e) {
        if ("management".equals(e.getApplicationContext().getServerNamespace())) {
            managementPort.set(e.getWebServer().getPort());
        }
    }

    /**
     * The actuator's endpoints on the management port of their own (loopback by default), without
     * business login; on the portal's port they stay behind the portal's sign-in.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(request -> managementPort.get() > 0
                && request.getLocalPort() == managementPort.get())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AccessTokenAuthenticator tokens) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(new AccessTokenFilter(tokens, messages, json, contexts), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().access((authentication, request) ->
                        new AuthorizationDecision(isSignedIn(authentication.get())
                                && !mustChangePassword(authentication.get()))))
                .httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized))
                .exceptionHandling(ex -> ex.accessDeniedHandler(this::forbidden))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The API's OpenAPI document ({@code /v3/api-docs}, springdoc): to any signed-in user, by HTTP
     * Basic or an access token as on the API, or by the portal's session, which is how Swagger UI
     * (a portal page, {@code /swagger-ui/index.html}) reads it. Anonymous callers get a 401 problem.
     * It never opens a session of its own.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http, AccessTokenAuthenticator tokens) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .addFilterBefore(new AccessTokenFilter(tokens, messages, json, contexts), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().access((authentication, request) ->
                        new AuthorizationDecision(isSignedIn(authentication.get())
                                && !mustChangePassword(authentication.get()))))
                .httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(this::unauthorized)
                        .accessDeniedHandler(this::forbidden))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            // The account could not be read (the database is down): not the caller's fault.
            problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.title.unavailable",
                    "error.database-unavailable");
        } else {
            problem(request, response, HttpStatus.UNAUTHORIZED, "error.title.unauthorized",
                    e instanceof LockedException || e instanceof BadCredentialsException
                            ? "error.account.locked" : "error.unauthorized");
        }
    }

    private void forbidden(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException e) throws IOException {
        problem(request, response, HttpStatus.FORBIDDEN, "error.title.forbidden",
                mustChangePassword(contexts.getContext().getAuthentication())
                        ? "error.password.change-first" : "error.forbidden");
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, Clock clock, LoginRotatedSessions rotated, RequestUtil requestUtil,
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/public/reports/*.pdf", "/error").permitAll()
                // Swagger UI's files (springdoc): for any signed-in user; Vaadin denies paths it does not know.
                .requestMatchers("/swagger-ui/**", "/swagger-ui.html").authenticated());
        http.addFilterBefore(new StaleSessionGuard(rotated), SecurityContextHolderFilter.class);
        http.addFilterBefore(new IdleSessionLogout(clock, idleTimeout), SecurityContextHolderFilter.class);
        http.headers(headers -> headers.frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // Vaadin's own requests carry Vaadin's token; the login form's POST carries Spring's (the
        // login page's meta tags), which Vaadin's default set-up would not ask for (login CSRF).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    private static boolean isSignedIn(Authentication authentication) {
        return TRUST.isAuthenticated(authentication);
    }

    private static boolean mustChangePassword(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                && user.mustChangePassword();
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String titleKey, String detailKey) throws IOException {
        Locale locale = Messages.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.get(detailKey, locale));
        problem.setTitle(messages.get(titleKey, locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"perfeval\"");
        } else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "10");
        }
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
