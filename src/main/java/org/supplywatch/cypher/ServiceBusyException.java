package org.supplywatch.cypher;

/** Every query slot is taken (supplywatch.query.max-concurrent); the client should retry shortly. */
public class ServiceBusyException extends RuntimeException {

    private final int limit;

    ServiceBusyException(int limit) {
        super("All " + limit + " query slots are busy (supplywatch.query.max-concurrent); retry shortly");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
