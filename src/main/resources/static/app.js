// Supplywatch web view: search → entity card → trace or neighbourhood drawn with its evidence.
// Talks only to this service (the page's Content-Security-Policy allows nothing else).
'use strict';

const KIND_COLOURS = {
  Company: '#4c8eda', GovernmentBody: '#5db665', Brand: '#f0b429', Product: '#f36924', RetailChannel: '#b261a5',
  RestrictionList: '#2a2c34', Designation: '#c62828', Person: '#3fc081', ListedParty: '#3fc081', Ngo: '#747b88',
  Publisher: '#747b88', Contract: '#23b3d7', Finding: '#da7298', Claim: '#c0a378', Denial: '#6a1b9a', Source: '#b0b0b0',
};
const STATEMENT_LABELS = {
  official_act: 'official act', company_statement: "company's own statement", reported: 'reported (allegation)',
  imported: 'imported from another dataset', denial: 'denial',
};
const PREFIX_KINDS = {
  company: 'Company', 'government-body': 'GovernmentBody', brand: 'Brand', product: 'Product', 'retail-channel': 'RetailChannel',
  list: 'RestrictionList', designation: 'Designation', person: 'Person', 'listed-party': 'ListedParty', ngo: 'Ngo',
  publisher: 'Publisher', contract: 'Contract', finding: 'Finding', claim: 'Claim', denial: 'Denial', source: 'Source',
};

const $ = (id) => document.getElementById(id);
let graph = null;
let currentEdges = [];

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick') node.addEventListener('click', value);
    else if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  return fill(node, ...children);
}

/** Replaces the node's children; nested arrays are flattened, null and undefined left out, text escaped. */
function fill(node, ...children) {
  node.replaceChildren();
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function kindOf(id) {
  return PREFIX_KINDS[String(id).split('/')[0]] || 'Resource';
}

function badge(statementKind) {
  const kind = statementKind || 'unspecified';
  return el('span', { class: 'badge ' + kind }, STATEMENT_LABELS[kind] || 'kind not stated');
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

function showError(container, error) {
  fill(container, el('p', { class: 'error', role: 'alert' }, error.message));
}

async function search(event) {
  event.preventDefault();
  const q = $('q').value.trim();
  const hits = $('hits');
  if (!q) return;
  try {
    const report = await getJson('/api/v1/entities?q=' + encodeURIComponent(q) + '&limit=10');
    if (!report.hits.length) {
      fill(hits, el('li', {}, 'Nothing found for “' + q + '”.'));
      return;
    }
    fill(hits, ...report.hits.map((hit) => el('li', {},
      el('button', { type: 'button', 'data-id': hit.id, onclick: () => openCard(hit.id) },
        hit.name, ' ', el('span', { class: 'kind' }, hit.kind),
        hit.matchedValue && hit.matchedValue !== hit.name ? el('small', {}, ' matched “' + hit.matchedValue + '”') : null))));
    hits.querySelector('button').focus();
  } catch (error) {
    showError(hits, error);
  }
}

function evidenceList(items) {
  return (items || []).map((item) => el('blockquote', {},
    item.passage ? '“' + item.passage + '” ' : '', '— ', el('a', { href: '/id/' + item.sourceId }, item.sourceId), ' ',
    item.statementKind ? badge(item.statementKind) : null));
}

async function openCard(id) {
  const card = $('card');
  card.hidden = false;
  $('result').hidden = true;
  try {
    const entity = await getJson('/api/v1/entities/' + id);
    const name = entity.properties.name || entity.properties.title || entity.id;
    const current = entity.designations.filter((designation) => designation.current);
    fill(card, 
      el('h2', { tabindex: '-1' }, name),
      el('p', {}, entity.kinds.join(', '), ' · ', el('a', { href: '/id/' + entity.id }, entity.id),
        current.length ? [' ', el('span', { class: 'badge designated' }, 'designated: ' + current.map((d) => d.list.name).join('; '))] : null),
      el('div', { class: 'actions' },
        el('button', { type: 'button', id: 'trace-button', onclick: () => showTrace(entity.id, name) }, 'Trace to designated parents'),
        el('button', { type: 'button', class: 'secondary', onclick: () => showNeighbourhood(entity.id, name) }, 'Draw its neighbourhood')),
      entity.designations.length ? el('h3', {}, 'Designations') : null,
      el('ul', {}, entity.designations.map((designation) => el('li', {},
        badge(designation.statementKind), ' ', designation.list ? designation.list.name : '',
        designation.effective ? ', effective ' + designation.effective : '',
        designation.removed ? ', removed ' + designation.removed : '',
        designation.disputed ? [' ', el('span', { class: 'badge denial' }, 'disputed')] : null,
        evidenceList(designation.evidence)))),
      entity.findings.length ? el('h3', {}, 'Findings') : null,
      el('ul', {}, entity.findings.map((finding) => el('li', {},
        badge(finding.statementKind), ' ', finding.summary || finding.id, evidenceList(finding.evidence),
        finding.denials.map((denial) => el('div', {}, badge('denial'), ' ', denial.summary || denial.id, evidenceList(denial.evidence))))))
    );
    card.querySelector('h2').focus();
  } catch (error) {
    showError(card, error);
  }
}

async function showTrace(id, name) {
  try {
    const report = await getJson('/api/v1/traces/designated-ancestors?from=' + encodeURIComponent(id));
    const nodes = new Map();
    const edges = [];
    const titles = new Map();
    const addNode = (ref, extra = {}) => {
      const existing = nodes.get(ref.id) || { id: ref.id, name: ref.name || ref.id, kind: kindOf(ref.id), designated: false };
      nodes.set(ref.id, Object.assign(existing, extra));
    };
    addNode({ id, name });
    for (const path of report.paths) {
      (path.sources || []).forEach((source) => titles.set(source.id, source.title));
      for (const hop of path.hops) {
        addNode(hop.from);
        addNode(hop.to);
        edges.push({ from: hop.from.id, to: hop.to.id, type: hop.type, statementKind: hop.statementKind, evidence: hop.evidence,
          validFrom: hop.validFrom, validTo: hop.validTo });
      }
      addNode(path.designatedEntity, { designated: true });
      const designation = path.designation;
      if (designation && designation.id) {
        const label = 'designation' + (designation.effective ? ' of ' + designation.effective : '');
        addNode({ id: designation.id, name: label }, { kind: 'Designation' });
        edges.push({ from: designation.id, to: path.designatedEntity.id, type: 'DESIGNATES', statementKind: designation.statementKind,
          evidence: designation.evidence });
        if (designation.list) {
          addNode(designation.list, { kind: 'RestrictionList' });
          edges.push({ from: designation.id, to: designation.list.id, type: 'ON_LIST', statementKind: designation.statementKind,
            evidence: designation.evidence });
        }
      }
    }
    const summary = report.count === 0 ? 'No designated ancestor within the bound, as of ' + report.filters.asOf + '.'
      : report.count + ' path' + (report.count === 1 ? '' : 's') + ' to designated entities, as of ' + report.filters.asOf
        + ', counting evidence down to “' + report.filters.minEvidence + '”.';
    draw('Trace from ' + name, summary, [...nodes.values()], dedupe(edges), 'breadthfirst', id, titles,
      '/api/v1/traces/designated-ancestors?format=csv&from=' + encodeURIComponent(id),
      '/api/v1/rdf/traces/designated-ancestors?format=turtle&from=' + encodeURIComponent(id));
  } catch (error) {
    showError($('card'), error);
  }
}

async function showNeighbourhood(id, name) {
  try {
    const report = await getJson('/api/v1/neighbourhood?maxHops=2&of=' + encodeURIComponent(id));
    const nodes = report.nodes.map((node) => ({ id: node.id, name: node.name || node.id, kind: node.kind || kindOf(node.id),
      designated: !!node.designated }));
    const edges = report.edges.map((edge) => ({ from: edge.from, to: edge.to, type: edge.type, statementKind: edge.statementKind,
      evidence: edge.evidence, validFrom: edge.validFrom, validTo: edge.validTo }));
    draw('Neighbourhood of ' + name, nodes.length + ' entities within two links, as of ' + report.filters.asOf + '.', nodes, edges,
      'cose', id, new Map(), csvOf(edges), '/api/v1/rdf/neighbourhood?format=turtle&maxHops=2&of=' + encodeURIComponent(id));
  } catch (error) {
    showError($('card'), error);
  }
}

function dedupe(edges) {
  const seen = new Map();
  edges.forEach((edge) => seen.set(edge.from + '|' + edge.type + '|' + edge.to, edge));
  return [...seen.values()];
}

/** The drawn edges as CSV, for results the API has no CSV of. */
function csvOf(edges) {
  const quote = (value) => '"' + String(value === undefined || value === null ? '' : value).replaceAll('"', '""') + '"';
  const rows = [['from', 'type', 'to', 'statementKind', 'sourceIds', 'passages'].join(',')];
  for (const edge of edges) {
    const evidence = edge.evidence || [];
    rows.push([edge.from, edge.type, edge.to, edge.statementKind, evidence.map((item) => item.sourceId).join('; '),
      evidence.map((item) => item.passage || '').join(' | ')].map(quote).join(','));
  }
  return URL.createObjectURL(new Blob([rows.join('\r\n') + '\r\n'], { type: 'text/csv' }));
}

function draw(title, summary, nodes, edges, layout, root, titles, csvUrl, rdfUrl) {
  $('result').hidden = false;
  $('result-title').textContent = title;
  $('result-summary').textContent = summary;
  $('download-csv').href = csvUrl;
  $('download-csv').setAttribute('download', 'supplywatch.csv');
  $('download-rdf').href = rdfUrl;
  $('download-rdf').setAttribute('download', 'supplywatch.ttl');
  currentEdges = edges.map((edge, index) => Object.assign({ key: 'e' + index }, edge));
  fill($('detail'), el('p', { class: 'hint' }, 'Click a link in the graph, or choose one from the list, to see its evidence.'));
  fill($('edges'), ...currentEdges.map((edge) => el('li', {},
    el('button', { type: 'button', onclick: () => showEdge(edge, titles) }, name(nodes, edge.from), ' ', edge.type, ' ',
      name(nodes, edge.to)), ' ', badge(edge.statementKind))));
  if (graph) graph.destroy();
  graph = cytoscape({
    container: $('graph'),
    elements: [
      ...nodes.map((node) => ({ data: { id: node.id, label: (node.designated ? '⚠ ' : '') + node.name, kind: node.kind,
        colour: KIND_COLOURS[node.kind] || '#a5abb6' }, classes: node.designated ? 'designated' : '' })),
      ...currentEdges.map((edge) => ({ data: { id: edge.key, source: edge.from, target: edge.to, label: edge.type },
        classes: edge.statementKind || 'unspecified' })),
    ],
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap',
        'text-max-width': 110, 'text-valign': 'bottom', 'text-margin-y': 4, width: 28, height: 28, color: '#1d2430' } },
      { selector: 'node.designated', style: { 'border-width': 5, 'border-color': '#c62828', width: 36, height: 36,
        'font-weight': 'bold', color: '#c62828' } },
      { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', label: 'data(label)',
        'font-size': 9, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
        'line-color': '#1d2430', 'target-arrow-color': '#1d2430' } },
      { selector: 'edge.company_statement', style: { 'line-color': '#1f5fbf', 'target-arrow-color': '#1f5fbf' } },
      { selector: 'edge.reported', style: { 'line-style': 'dashed', 'line-color': '#d9822b', 'target-arrow-color': '#d9822b' } },
      { selector: 'edge.imported', style: { 'line-style': 'dotted', 'line-color': '#8a8f98', 'target-arrow-color': '#8a8f98' } },
      { selector: 'edge:selected', style: { width: 5 } },
    ],
    layout: layout === 'breadthfirst' ? { name: 'breadthfirst', directed: true, roots: [root], padding: 30, spacingFactor: 1.4 }
      : { name: 'cose', animate: false, padding: 20 },
    wheelSensitivity: 0.2,
  });
  graph.on('tap', 'edge', (event) => showEdge(currentEdges.find((edge) => edge.key === event.target.id()), titles));
  graph.on('tap', 'node', (event) => openCard(event.target.id()));
  $('result-title').setAttribute('tabindex', '-1');
  $('result-title').focus();
}

function name(nodes, id) {
  const node = nodes.find((candidate) => candidate.id === id);
  return node ? node.name : id;
}

function showEdge(edge, titles) {
  if (!edge) return;
  if (graph) {
    graph.elements().unselect();
    graph.getElementById(edge.key).select();
  }
  fill($('detail'), 
    el('h3', {}, edge.type),
    el('p', {}, el('a', { href: '/id/' + edge.from }, edge.from), ' → ', el('a', { href: '/id/' + edge.to }, edge.to)),
    el('p', {}, 'Kind of statement: ', badge(edge.statementKind)),
    edge.validFrom || edge.validTo ? el('p', {}, 'Held from ', edge.validFrom || '?', ' to ', edge.validTo || 'now') : null,
    el('h4', {}, 'Evidence'),
    (edge.evidence || []).length ? (edge.evidence || []).map((item) => el('div', { class: 'evidence' },
      el('p', {}, el('a', { href: '/id/' + item.sourceId }, titles.get(item.sourceId) || item.sourceId), ' ',
        item.statementKind ? badge(item.statementKind) : null),
      item.passage ? el('blockquote', {}, '“' + item.passage + '”') : el('p', { class: 'hint' }, 'No passage quoted.')))
      : el('p', { class: 'hint' }, 'No evidence recorded.'));
}

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', search);
  const wanted = new URLSearchParams(window.location.search).get('entity');
  if (wanted) openCard(wanted);
});
