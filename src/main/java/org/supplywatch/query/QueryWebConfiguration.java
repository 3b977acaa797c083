package org.supplywatch.query;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** How the query endpoints read their shared filters: see {@link TraversalParamsResolver}. */
@Configuration(proxyBeanMethods = false)
class QueryWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new TraversalParamsResolver());
    }
}
