package org.supplywatch.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, purpose and licence that head the OpenAPI description at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI supplywatchOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Supplywatch API")
                .version("v1")
                .description("Path queries over the Supplywatch graph of surveillance supply chains. Every answer "
                        + "carries its evidence: source, quoted passage, dates and kind of statement (official act, "
                        + "company statement, reported, denial). Errors are RFC 9457 problem details.")
                .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")));
    }
}
