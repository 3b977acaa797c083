package org.supplywatch.workbench;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves Neo4j Browser's static app from its jar (org.neo4j.client:neo4j-browser keeps it under browser/). */
@Configuration(proxyBeanMethods = false)
class WorkbenchWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**")
                .addResourceLocations("classpath:/browser/")
                .resourceChain(true)
                .addTransformer(new OutsideRequestsStripper());
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // The style sheet Browser loads after connecting, from localhost or 127.0.0.1 alike.
        registry.addMapping("/browser-guide/**").allowedOrigins("*").allowedMethods("GET");
    }
}
