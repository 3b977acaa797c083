package org.supplywatch.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.supplywatch.cypher.CypherCatalog;
import org.supplywatch.cypher.CypherFile;

/**
 * The Supplywatch guide for Neo4j Browser ({@code :play}): slides whose runnable queries are the
 * service's own files of {@code cypher/queries/}, each with its parameters as a {@code :params}
 * block. Built from the catalog, so the guide cannot drift from what the API runs.
 */
@Component
class BrowserGuide {

    /** One slide: a title, explanatory HTML, and optionally a query file with parameters to override. */
    record Slide(String title, String html, String query, Map<String, String> overrides) {
    }

    static final List<Slide> SLIDES = List.of(
            new Slide("Supplywatch: surveillance supply chains, with evidence",
                    "<p>Nodes are companies, government bodies, brands, products, restriction lists and their "
                            + "<b>designations</b>, contracts, findings and <b>denials</b>, and the sources they cite. "
                            + "Relationships read one way: <code>BRAND_OF</code>, <code>SUBSIDIARY_OF</code>, "
                            + "<code>OWNED_BY</code>, <code>MANUFACTURED_BY</code>, <code>SUPPLIES</code>, "
                            + "<code>DESIGNATES</code>, <code>ON_LIST</code>, <code>HAS_BUYER</code>...</p>"
                            + "<p>Every fact carries its evidence: <code>sourceIds</code>, the <code>passages</code> quoted from "
                            + "them, and <code>statementKind</code>: <b>official_act</b> (a government's act), "
                            + "<b>company_statement</b>, <b>reported</b> (an allegation) or <b>denial</b>. Keep them apart.</p>"
                            + "<p>Each step runs the same Cypher file as the REST API. Click a block to put it in the editor, "
                            + "run the <code>:params</code> block first, then the query.</p>",
                    null, Map.of()),
            new Slide("Find an entity", "<p>Full-text search over names, aliases, former names and Chinese names, "
                    + "tolerant of typos.</p>", "queries/search-entities", Map.of()),
            new Slide("Trace Lorex to its designated parent",
                    "<p>From a retail brand up through brand, ownership and manufacturing links to every entity a "
                            + "designation names. Each hop comes with its statement kind and evidence: Lorex's link to Dahua "
                            + "is <b>reported</b>, Dahua's Entity List designation an <b>official act</b>.</p>",
                    "queries/brands-traced-to-designated-parents", Map.of()),
            new Slide("The listed entities and who is exposed to them",
                    "<p>Every brand that traces to an entity on the U.S. Entity List, with the path and its evidence.</p>",
                    "queries/exposure-to-list", Map.of()),
            new Slide("Contracts, findings, denials",
                    "<p>Dahua's card: its designations, the contracts it supplied (who bought, when, and what was "
                            + "reported versus confirmed), findings about it with who found them, and the denials on record. "
                            + "A denial is a statement of its own; the finding stays.</p>",
                    "queries/entity-card", Map.of()),
            new Slide("Around an entity", "<p>Everything within two hops of Lorex, the way the web view draws it.</p>",
                    "queries/neighbourhood", Map.of()),
            new Slide("asOf and evidence filters",
                    "<p>The same trace as it stood on 1 January 2019, counting official acts only: dates and kinds of "
                            + "statement do real work. Change <code>asOf</code> and <code>evidenceKinds</code> and run again.</p>",
                    "queries/brands-traced-to-designated-parents",
                    Map.of("asOf", "date('2019-01-01')", "evidenceKinds", "['official_act']")),
            new Slide("How are two entities connected?", "<p>The shortest paths between Lorex and Amazon, in either direction.</p>",
                    "queries/shortest-paths", Map.of()));

    private final CypherCatalog catalog;

    BrowserGuide(CypherCatalog catalog) {
        this.catalog = catalog;
    }

    String html() {
        StringBuilder html = new StringBuilder("<article class=\"guide\"><carousel class=\"deck container-fluid\">");
        for (Slide slide : SLIDES) {
            html.append("<slide class=\"row-fluid\"><div class=\"col-sm-12\"><h3>").append(e(slide.title())).append("</h3>")
                    .append(slide.html());
            if (slide.query() != null) {
                CypherFile file = catalog.get(slide.query());
                Map<String, String> parameters = new LinkedHashMap<>(file.exampleParams());
                parameters.putAll(slide.overrides());
                html.append("<p><small>").append(e("cypher/" + file.name() + ".cypher")).append("</small></p>");
                if (!parameters.isEmpty()) {
                    html.append("<pre class=\"code runnable\">").append(e(params(parameters))).append("</pre>");
                }
                html.append("<pre class=\"code runnable\">").append(e(file.statement())).append("</pre>");
            }
            html.append("</div></slide>");
        }
        return html.append("</carousel></article>").toString();
    }

    static String params(Map<String, String> parameters) {
        return ":params {" + parameters.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", ")) + "}";
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
