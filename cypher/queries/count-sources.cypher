// How many sources the graph holds: zero means the seed graph has not been loaded yet.
// Columns: sources
MATCH (source:Source)
RETURN count(source) AS sources
