package org.supplywatch.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.config.RdfProperties;

/**
 * How long a streamed response (the whole exposure report, the whole-graph RDF export) may take: as long as the
 * longest time budget of the queries behind them, and a minute more for writing what was read. Without this Spring MVC
 * takes the servlet container's default for asynchronous requests (30 s on Tomcat) and ends the response there: a
 * report or export that took longer (any at a million companies) reached the client as a 200 with a cut-off body.
 */
@Configuration(proxyBeanMethods = false)
class StreamedResponseTimeout implements WebMvcConfigurer {

    private static final Duration WRITING_MARGIN = Duration.ofMinutes(1);

    private final Duration timeout;

    StreamedResponseTimeout(QueryProperties query, RdfProperties rdf) {
        this.timeout = timeout(query, rdf);
    }

    static Duration timeout(QueryProperties query, RdfProperties rdf) {
        Duration longest = query.reportTimeout().compareTo(rdf.exportTimeout()) > 0 ? query.reportTimeout() : rdf.exportTimeout();
        return longest.plus(WRITING_MARGIN);
    }

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        configurer.setDefaultTimeout(timeout.toMillis());
    }
}
