package org.supplywatch.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Neo4j Browser 5.24 makes requests to other hosts that no server setting turns off: its bundled
 * style sheets {@code @import} web fonts from fonts.googleapis.com, and once connected to a
 * Community server it always loads Segment analytics and the Canny feedback widget
 * ({@code shouldAllowOutgoingConnections} is true for every non-Enterprise edition). Each would
 * tell a third party that someone opened Browser here. We serve Browser with the font imports
 * removed (it falls back to system fonts) and with {@code loadExternalScripts} false. These are
 * the only changes, made as the files are served; the jar is untouched. WorkbenchInChromiumIT
 * fails if a new Browser version makes any request off this machine.
 */
final class OutsideRequestsStripper implements ResourceTransformer {

    static final Pattern REMOTE_FONT_IMPORT = Pattern.compile("@import url\\(https?://fonts\\.(googleapis|gstatic)\\.com[^)]*\\);?");
    static final Pattern EXTERNAL_SCRIPTS = Pattern.compile(
            "loadExternalScripts:!1!==\\w+\\.shouldAllowOutgoingConnections\\(e\\)&&\\w+\\.isConnected\\(e\\)");

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain) throws IOException {
        Resource transformed = chain.transform(request, resource);
        String name = transformed.getFilename();
        if (name == null || !(name.endsWith(".js") || name.endsWith(".css"))) {
            return transformed;
        }
        String text = transformed.getContentAsString(StandardCharsets.UTF_8);
        String stripped = EXTERNAL_SCRIPTS.matcher(REMOTE_FONT_IMPORT.matcher(text).replaceAll(""))
                .replaceAll("loadExternalScripts:!1");
        return stripped.length() == text.length() ? transformed
                : new TransformedResource(transformed, stripped.getBytes(StandardCharsets.UTF_8));
    }
}
