// The cards of sources named by id (title, publisher, date of publication, address), in the order
// of the ids given; an id no Source holds gives no row. The whole exposure report
// (exposure-to-list-all.cypher) names each path's sources only by id, in its hops' evidence, and
// the service reads their cards with this query, a batch of paths at a time and each card once per
// report: tens of thousands of paths cite a few hundred sources, and reading the cards once per
// path was a third of the report's time at 1M companies.
// :param sourceIds => ['source/uhrp-amazon-dahua-2020', 'source/no-such-source']
// Columns: source
UNWIND $sourceIds AS sourceId
MATCH (source:Resource {id: sourceId}) USING INDEX SEEK source:Resource(id)
WHERE source:Source
OPTIONAL MATCH (source)-[:PUBLISHED_BY]->(publisher)
RETURN source {.id, .title, .published, .url, publisher: publisher.name} AS source
