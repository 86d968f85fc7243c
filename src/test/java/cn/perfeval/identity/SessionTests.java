package cn.perfeval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.perfeval.support.MovableClock;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class SessionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    @Test
    void a_form_login_gives_the_session_a_new_id() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        logIn(session);

        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();
    }

    @Test
    void logging_out_invalidates_the_session() throws Exception {
        MockHttpSession session = new MockHttpSession();
        logIn(session);

        mvc.perform(post("/logout").with(csrf()).session(session));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void heartbeats_alone_do_not_keep_a_session_alive_past_thirty_idle_minutes() throws Exception {
        MockHttpSession session = new MockHttpSession();
        logIn(session);
        for (int minutes = 0; minutes < 25; minutes += 5) {
            clock.advance(Duration.ofMinutes(5));
            heartbeat(session);
            assertThat(session.isInvalid()).as("after %d minutes", minutes + 5).isFalse();
        }
        clock.advance(Duration.ofMinutes(5));
        heartbeat(session);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_user_at_work_keeps_the_session_beyond_thirty_minutes() throws Exception {
        MockHttpSession session = new MockHttpSession();
        logIn(session);
        clock.advance(Duration.ofMinutes(20));
        portal("GET", "/reports", session);
        clock.advance(Duration.ofMinutes(20));
        heartbeat(session);
        assertThat(session.isInvalid()).isFalse();
        clock.advance(Duration.ofMinutes(10));
        heartbeat(session);
        assertThat(session.isInvalid()).isTrue();
    }

    /** A form login from a browser that already holds a session (from the login page) and sends its cookie. */
    private void logIn(MockHttpSession session) throws Exception {
        mvc.perform(post("/login").param("username", "bureau").param("password", TestAccounts.PASSWORD).with(csrf())
                .session(session).with(request -> {
                    request.setRequestedSessionId(session.getId());
                    request.setRequestedSessionIdFromCookie(true);
                    return request;
                })).andExpect(authenticated().withUsername("bureau"));
    }

    /** Vaadin's heartbeat of an open tab: {@code POST /?v-r=heartbeat&v-uiId=0}. */
    private void heartbeat(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=heartbeat&v-uiId=0");
        request.setParameter("v-r", "heartbeat");
        request.setParameter("v-uiId", "0");
        through(request, session);
    }

    private void portal(String method, String path, MockHttpSession session) throws Exception {
        through(new MockHttpServletRequest(method, path), session);
    }

    /** A request through the portal's security filters, ending in a servlet that does nothing (Vaadin's, in the server). */
    private void through(MockHttpServletRequest request, MockHttpSession session) throws Exception {
        request.setSession(session);
        new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                // Vaadin would answer here.
            }
        }, security).doFilter(request, new MockHttpServletResponse());
    }
}
