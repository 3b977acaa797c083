package org.supplywatch.rdf;

import org.supplywatch.query.PathResults.Edge;
import org.supplywatch.query.PathResults.GraphNode;
import org.supplywatch.query.PathResults.Neighbourhood;
import org.supplywatch.query.PathResults.Path;
import org.supplywatch.query.PathResults.PathReport;
import org.supplywatch.query.TraceResults.Hop;
import org.supplywatch.query.TraceResults.TracePath;
import org.supplywatch.query.TraceResults.TraceReport;

/** The part of the graph a query result stands on: its nodes, its relationships, and for traces the designations. */
final class ResultSelections {

    private ResultSelections() {
    }

    static RdfSelection of(TraceReport report) {
        RdfSelection selection = new RdfSelection().node(report.from());
        for (TracePath path : report.paths()) {
            selection.node(path.start().id());
            path.hops().forEach(hop -> hop(selection, hop));
            if (path.designation() != null && path.designation().id() != null) {
                selection.edge(path.designation().id(), "DESIGNATES", path.designatedEntity().id());
                if (path.designation().list() != null && path.designation().list().id() != null) {
                    selection.edge(path.designation().id(), "ON_LIST", path.designation().list().id());
                }
            }
        }
        return selection;
    }

    static RdfSelection of(PathReport report) {
        RdfSelection selection = new RdfSelection().node(report.from()).node(report.to());
        for (Path path : report.paths()) {
            path.nodes().forEach(node -> selection.node(node.id()));
            path.hops().forEach(hop -> hop(selection, hop));
        }
        return selection;
    }

    static RdfSelection of(Neighbourhood neighbourhood) {
        RdfSelection selection = new RdfSelection().node(neighbourhood.center());
        for (GraphNode node : neighbourhood.nodes()) {
            selection.node(node.id());
        }
        for (Edge edge : neighbourhood.edges()) {
            selection.edge(edge.from(), edge.type(), edge.to());
        }
        return selection;
    }

    private static void hop(RdfSelection selection, Hop hop) {
        selection.edge(hop.from().id(), hop.type(), hop.to().id());
    }
}
