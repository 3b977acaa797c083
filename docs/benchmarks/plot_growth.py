#!/usr/bin/env python3
"""Draws docs/benchmarks/growth.svg from docs/benchmarks/growth.csv: how each cost grows with the
scale factor, Supplywatch next to its baseline, on log-log axes. Standard library only:

    python3 docs/benchmarks/plot_growth.py

growth.csv columns: measure,unit,scale,supplywatch,baseline (one row per measure and scale factor,
copied from the sf<N>.md tables the bench command writes)."""
import csv
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"]


def main():
    with open(os.path.join(HERE, "growth.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    measures = []
    for row in rows:
        if row["measure"] not in measures:
            measures.append(row["measure"])
    panel_w, panel_h, cols = 360, 240, 2
    rows_n = math.ceil(len(measures) / cols)
    width, height = cols * panel_w + 20, rows_n * panel_h + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">',
           f'<text x="10" y="18" font-size="14">Supplywatch (solid) and its baseline (dashed) by scale factor, log scales</text>']
    for i, measure in enumerate(measures):
        data = [r for r in rows if r["measure"] == measure]
        x0, y0 = 10 + (i % cols) * panel_w, 30 + (i // cols) * panel_h
        out.extend(panel(measure, data, x0, y0, panel_w - 20, panel_h - 20, COLOURS[i % len(COLOURS)]))
    out.append("</svg>")
    with open(os.path.join(HERE, "growth.svg"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def panel(measure, data, x0, y0, w, h, colour):
    left, bottom, top = 55, 35, 30
    scales = [float(r["scale"]) for r in data]
    values = [float(v) for r in data for v in (r["supplywatch"], r["baseline"]) if v not in ("", "nan")]
    lo, hi = min(values), max(values)
    lo, hi = 10 ** math.floor(math.log10(lo)), 10 ** math.ceil(math.log10(hi))
    smin, smax = min(scales), max(scales)

    def px(scale):
        if smax == smin:
            return x0 + left + (w - left) / 2
        return x0 + left + (math.log10(scale) - math.log10(smin)) / (math.log10(smax) - math.log10(smin)) * (w - left - 10)

    def py(value):
        return y0 + top + (1 - (math.log10(value) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))) * (h - top - bottom)

    unit = data[0]["unit"]
    svg = [f'<rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="none" stroke="#ccc"/>',
           f'<text x="{x0 + 5}" y="{y0 + 15}" font-weight="bold">{escape(measure)} ({escape(unit)})</text>']
    exponent = int(math.log10(lo))
    while 10 ** exponent <= hi:
        y = py(10 ** exponent)
        svg.append(f'<line x1="{x0 + left}" x2="{x0 + w - 5}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eee"/>')
        svg.append(f'<text x="{x0 + left - 5}" y="{y + 4:.1f}" text-anchor="end">{label(10 ** exponent)}</text>')
        exponent += 1
    for scale in scales:
        svg.append(f'<text x="{px(scale):.1f}" y="{y0 + h - 15}" text-anchor="middle">SF{scale:g}</text>')
    for key, dash in (("supplywatch", ""), ("baseline", ' stroke-dasharray="5,4"')):
        points = [(px(float(r["scale"])), py(float(r[key]))) for r in data if r[key] not in ("", "nan")]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            svg.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        for x, y in points:
            svg.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>')
    return svg


def label(value):
    return f"{value:,.0f}" if value >= 1 else f"{value:g}"


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


if __name__ == "__main__":
    main()
