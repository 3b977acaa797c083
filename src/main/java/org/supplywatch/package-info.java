/** Supplywatch: an open knowledge graph of surveillance supply chains, with the evidence for every fact. */
package org.supplywatch;
