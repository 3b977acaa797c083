/** What every controller shares: RFC 9457 problem details and the OpenAPI description. Nothing depends on it. */
package org.supplywatch.web;
