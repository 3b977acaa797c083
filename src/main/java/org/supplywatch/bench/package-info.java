/**
 * Scale: a deterministic synthetic supply-chain graph at any scale factor, its bulk load, and the
 * benchmark harness that measures Supplywatch against the limits the hardware allows.
 */
package org.supplywatch.bench;
