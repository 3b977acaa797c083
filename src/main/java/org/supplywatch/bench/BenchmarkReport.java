package org.supplywatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run, each next to its baseline, and what the correctness checks found. */
public final class BenchmarkReport {

    /** One measurement: what, the figure, the baseline's figure, and their ratio (ours / baseline, for times). */
    public record Figure(String measure, String unit, double value, String baseline, double baselineValue, String target) {
        double ratio() {
            return baselineValue == 0 ? Double.NaN : value / baselineValue;
        }
    }

    final double scale;
    final int nodes;
    final int relationships;
    final List<Figure> figures = new ArrayList<>();
    final List<String> mismatches = new ArrayList<>();
    int checks;
    /** How the run was set up (heap, page cache), printed under the heading; empty when not known. */
    String setup = "";

    BenchmarkReport(double scale, int nodes, int relationships) {
        this.scale = scale;
        this.nodes = nodes;
        this.relationships = relationships;
    }

    void add(String measure, String unit, double value, String baseline, double baselineValue, String target) {
        figures.add(new Figure(measure, unit, value, baseline, baselineValue, target));
    }

    /** Moves the figures from index {@code from} to the end so that they start at index {@code at}, in their order. */
    void moveRows(int from, int at) {
        List<Figure> moved = new ArrayList<>(figures.subList(from, figures.size()));
        figures.subList(from, figures.size()).clear();
        figures.addAll(at, moved);
    }

    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    public int checks() {
        return checks;
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public String markdown() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "### SF%s: %,d nodes, %,d relationships%n%n", trim(scale), nodes, relationships));
        if (!setup.isEmpty()) {
            text.append(setup).append("\n\n");
        }
        text.append("| measure | Supplywatch | baseline (same run, same graph) | ratio | target |\n|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            String baseline = Double.isNaN(figure.baselineValue()) ? figure.baseline()
                    : figure.baseline() + ": " + number(figure.baselineValue()) + " " + figure.unit();
            text.append(String.format(Locale.ROOT, "| %s | %s %s | %s | %s | %s |%n", figure.measure(), number(figure.value()),
                    figure.unit(), baseline, Double.isNaN(figure.ratio()) ? "" : String.format(Locale.ROOT, "%.2f×", figure.ratio()),
                    figure.target()));
        }
        text.append(String.format(Locale.ROOT, "%nCorrectness: %d checks against the in-memory BFS, %d mismatches.%n", checks,
                mismatches.size()));
        return text.toString();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String trim(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }
}
