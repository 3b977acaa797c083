package org.supplywatch.query;

/** A request named an id the graph does not hold. */
public class UnknownResourceException extends RuntimeException {

    private final String id;

    public UnknownResourceException(String id) {
        super("No entity with id '" + id + "'");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
