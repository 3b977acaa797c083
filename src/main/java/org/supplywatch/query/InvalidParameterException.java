package org.supplywatch.query;

/** A request parameter is out of range or malformed; the request is refused, never silently adjusted. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String reason) {
        super("Parameter '" + parameter + "' " + reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
