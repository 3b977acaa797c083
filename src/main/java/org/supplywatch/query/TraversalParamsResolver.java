package org.supplywatch.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link TraversalParams} from the query string itself rather than through Spring's data binder. The binder
 * builds a record through its constructor and, on every request, asks the JDK for that constructor's parameter
 * annotations (the OpenAPI {@code @Schema} texts), which the JDK parses afresh each time: at SF100 that was 40% of
 * the bytes a trace request allocated (session 22's recording), and with it a share of the collector's pauses in the
 * trace's tail. The rules are the binder's: a repeated or comma-separated {@code follow}, a blank value as absent, and
 * a value that is not of the parameter's type refused with the parameter's name.
 */
final class TraversalParamsResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == TraversalParams.class;
    }

    @Override
    public TraversalParams resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        return read(request);
    }

    static TraversalParams read(NativeWebRequest request) {
        return new TraversalParams(text(request, "asOf"), text(request, "minEvidence"), flag(request, "excludeDisputed"),
                list(request, "follow"), number(request, "maxHops"), number(request, "limit"));
    }

    private static String text(NativeWebRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> list(NativeWebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items.isEmpty() ? null : items;
    }

    /** true/false as Spring reads them: also on/off, yes/no and 1/0, in any case. */
    private static Boolean flag(NativeWebRequest request, String name) {
        String value = text(request, name);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> Boolean.TRUE;
            case "false", "off", "no", "0" -> Boolean.FALSE;
            default -> throw notOfItsType(name, value);
        };
    }

    private static Integer number(NativeWebRequest request, String name) {
        String value = text(request, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw notOfItsType(name, value);
        }
    }

    private static InvalidParameterException notOfItsType(String name, String value) {
        return new InvalidParameterException(name, "cannot be '" + value + "': not a value of the expected type");
    }
}
