package org.supplywatch.rdf;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;
import org.supplywatch.query.EntityCard;
import org.supplywatch.query.EntityCard.Link;
import org.supplywatch.query.TraceResults.DesignationView;
import org.supplywatch.query.TraceResults.EvidenceItem;

/**
 * The HTML a browser gets for an entity IRI: the card in plain, readable markup, every fact with
 * its kind of statement and its sources, and links to the same resource as JSON and RDF.
 * Every value is escaped; the page loads nothing from elsewhere.
 */
final class EntityPage {

    private EntityPage() {
    }

    static String render(EntityCard card) {
        String id = card.id();
        String name = String.valueOf(card.properties().getOrDefault("name", card.properties().getOrDefault("title", id)));
        StringBuilder html = new StringBuilder(8_192);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(e(name))
                .append(" — Supplywatch</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}")
                .append("table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;")
                .append("vertical-align:top}.kind{font-size:.8rem;padding:0 .3rem;border:1px solid #888;border-radius:.2rem}")
                .append("blockquote{margin:.2rem 0 .2rem 1rem;color:#333}</style></head><body>");
        html.append("<h1>").append(e(name)).append("</h1><p>").append(e(String.join(", ", card.kinds()))).append(" · <code>")
                .append(e(Vocabulary.ID + id)).append("</code></p>");
        html.append("<p>Also as <a href=\"/api/v1/entities/").append(e(id)).append("\">JSON</a>, <a href=\"/api/v1/rdf/entities/")
                .append(e(id)).append("?format=turtle\">Turtle</a>, <a href=\"/api/v1/rdf/entities/").append(e(id))
                .append("?format=jsonld\">JSON-LD</a>.</p>");
        html.append("<h2>Properties</h2><table>");
        for (Map.Entry<String, Object> property : card.properties().entrySet()) {
            if (!List.of("sourceIds", "passages", "statementKinds").contains(property.getKey())) {
                html.append("<tr><th>").append(e(property.getKey())).append("</th><td>").append(e(String.valueOf(property.getValue())))
                        .append("</td></tr>");
            }
        }
        html.append("</table>");
        if (!card.designations().isEmpty()) {
            html.append("<h2>Designations</h2><ul>");
            for (DesignationView designation : card.designations()) {
                html.append("<li>").append(kind(designation.statementKind())).append(' ')
                        .append(e(designation.list() == null ? "" : designation.list().name()))
                        .append(designation.effective() == null ? "" : ", effective " + e(designation.effective()))
                        .append(designation.removed() == null ? "" : ", removed " + e(designation.removed()))
                        .append(evidence(designation.evidence())).append("</li>");
            }
            html.append("</ul>");
        }
        links(html, "Relationships from here", card.outgoing());
        links(html, "Relationships to here", card.incoming());
        html.append("</body></html>");
        return html.toString();
    }

    private static void links(StringBuilder html, String title, List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        html.append("<h2>").append(e(title)).append("</h2><ul>");
        for (Link link : links) {
            html.append("<li><code>").append(e(link.type())).append("</code> <a href=\"/id/").append(e(link.other().id())).append("\">")
                    .append(e(link.other().name() == null ? link.other().id() : link.other().name())).append("</a> ")
                    .append(kind(link.statementKind())).append(evidence(link.evidence())).append("</li>");
        }
        html.append("</ul>");
    }

    private static String evidence(List<EvidenceItem> items) {
        StringBuilder html = new StringBuilder();
        for (EvidenceItem item : items) {
            html.append("<blockquote>").append(item.passage() == null ? "" : "“" + e(item.passage()) + "” ")
                    .append("— <a href=\"/id/").append(e(item.sourceId())).append("\">").append(e(item.sourceId())).append("</a></blockquote>");
        }
        return html.toString();
    }

    /** The kind of statement, spelled out, so an allegation never reads like an official act. */
    private static String kind(String statementKind) {
        String label = switch (statementKind == null ? "" : statementKind) {
            case "official_act" -> "official act";
            case "company_statement" -> "company's own statement";
            case "reported" -> "reported (allegation)";
            case "imported" -> "imported";
            case "denial" -> "denial";
            default -> "unspecified";
        };
        return "<span class=\"kind\">" + e(label) + "</span>";
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
