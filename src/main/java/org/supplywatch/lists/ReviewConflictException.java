package org.supplywatch.lists;

/** A review decision that does not fit the resolution's current status (e.g. confirming one already rejected). */
public class ReviewConflictException extends RuntimeException {

    public ReviewConflictException(String message) {
        super(message);
    }
}
