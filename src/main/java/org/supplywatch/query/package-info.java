/** Read-only traversals behind the REST API, with the evidence of every hop; their controllers and result records. */
package org.supplywatch.query;
