package org.supplywatch.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpMethod;
import org.supplywatch.config.BrowserConnection;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.supplywatch.config.SecurityProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads are open by default; every write needs HTTP basic credentials of the configured
 * writer. Without a configured password there is no writer, and writes are refused with a
 * problem saying how to turn them on. Stateless: no session, no cookie, so no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the command line runs without a web server
class SecurityConfiguration {

    static final String WRITER = "WRITER";
    /** POST endpoints that only read: screening posts its list of names because of its size. */
    private static final String[] READ_POSTS = {"/api/v1/screenings"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, JsonMapper json, BrowserConnection database)
            throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, e) -> write(response, json, unauthenticated(properties));
        http.csrf(csrf -> csrf.disable())
                // The pages (web view, Neo4j Browser, guide) may reach this service and the database, nothing else:
                // people researching this subject can be targets, and a request elsewhere would say what they look at.
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(database)))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Failed credentials and missing credentials get the same problem answer.
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, e) -> write(response, json,
                                problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This credential may not write"))))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll();
                    requests.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
                    if (properties.readsOpen()) {
                        requests.requestMatchers(HttpMethod.GET, "/**").permitAll();
                        requests.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
                        requests.requestMatchers(HttpMethod.POST, READ_POSTS).permitAll();
                    }
                    requests.requestMatchers(HttpMethod.GET, "/**").authenticated();
                    requests.requestMatchers(HttpMethod.POST, READ_POSTS).authenticated();
                    requests.anyRequest().hasRole(WRITER);
                });
        return http.build();
    }

    static String contentSecurityPolicy(BrowserConnection database) {
        return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' " + database.webSocketSources() + "; "
                + "worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    }

    @Bean
    InMemoryUserDetailsManager writers(SecurityProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        if (properties.writesConfigured()) {
            PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            users.add(User.withUsername(properties.writerUsername())
                    .password(encoder.encode(properties.writerPassword()))
                    .roles(WRITER)
                    .build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static ProblemDetail unauthenticated(SecurityProperties properties) {
        if (!properties.writesConfigured()) {
            return problem(HttpStatus.UNAUTHORIZED, "writes-disabled", "Writes are disabled",
                    "No writer is configured: set supplywatch.security.writer-password "
                            + "(environment SUPPLYWATCH_SECURITY_WRITER_PASSWORD) to allow writes with HTTP basic authentication");
        }
        return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                "This request needs HTTP basic credentials of the configured writer");
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create(ProblemType.BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    private static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"supplywatch\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
