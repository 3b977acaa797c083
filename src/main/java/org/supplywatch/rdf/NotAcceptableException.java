package org.supplywatch.rdf;

/** The client accepts none of the representations offered; the message lists them. */
public class NotAcceptableException extends RuntimeException {

    public NotAcceptableException(String message) {
        super(message);
    }
}
