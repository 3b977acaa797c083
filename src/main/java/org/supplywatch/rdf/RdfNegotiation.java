package org.supplywatch.rdf;

import java.util.List;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.supplywatch.query.InvalidParameterException;

/** Picks the RDF syntax of a response: the {@code format} parameter if given, else the best match of {@code Accept}, else Turtle. */
final class RdfNegotiation {

    private RdfNegotiation() {
    }

    static RdfFormat choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return RdfFormat.fromParameter(format).orElseThrow(() -> new InvalidParameterException("format",
                    "must be one of " + RdfFormat.parameters() + "; was '" + format + "'"));
        }
        return fromAccept(accept).orElseThrow(() -> new NotAcceptableException(
                "Accept names no RDF syntax offered here; ask for one of " + offered() + " or use format="
                        + RdfFormat.parameters()));
    }

    /** The RDF format Accept prefers, Turtle for a wildcard, empty when it accepts no RDF at all. */
    static Optional<RdfFormat> fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(RdfFormat.TURTLE);
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new InvalidParameterException("Accept", "is not a list of media types: " + e.getMessage());
        }
        MimeTypeUtils.sortBySpecificity(types);
        for (MediaType type : types) {
            Optional<RdfFormat> format = RdfFormat.fromMediaType(type);
            if (format.isPresent()) {
                return format;
            }
            if (type.isWildcardType() || (type.getType().equals("text") && type.isWildcardSubtype())
                    || (type.getType().equals("application") && type.isWildcardSubtype())) {
                return Optional.of(RdfFormat.TURTLE);
            }
        }
        return Optional.empty();
    }

    static String offered() {
        return String.join(", ", java.util.Arrays.stream(RdfFormat.values()).map(f -> f.mediaType().toString()).toList());
    }
}
