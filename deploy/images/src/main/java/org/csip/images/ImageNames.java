package org.csip.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The image name and tag of each service, read from the one place they are written: the {@code images:} list of
 * {@code deploy/k8s/base/kustomization.yaml}, where each {@code csip/<service>} the manifests use is given its
 * registry name and tag. The build names its tarballs by it, so what is built is what Kubernetes pulls.
 */
public final class ImageNames {
    static final String KUSTOMIZATION = "deploy/k8s/base/kustomization.yaml";
    private static final String PREFIX = "csip/";

    private ImageNames() {
    }

    /** Service name (e.g. {@code gateway}) to full image reference (e.g. {@code ghcr.io/example-council/csip-gateway:0.1.0}). */
    public static Map<String, String> read(Path repoRoot) throws IOException {
        JsonNode kustomization = new ObjectMapper(new YAMLFactory()).readTree(repoRoot.resolve(KUSTOMIZATION).toFile());
        Map<String, String> references = new LinkedHashMap<>();
        for (JsonNode image : kustomization.path("images")) {
            String name = image.path("name").asText();
            String newName = image.path("newName").asText();
            String newTag = image.path("newTag").asText();
            if (!name.startsWith(PREFIX) || newName.isEmpty() || newTag.isEmpty()) {
                throw new IOException(KUSTOMIZATION + ": image " + name + " needs name csip/<service>, newName and newTag");
            }
            references.put(name.substring(PREFIX.length()), newName + ":" + newTag);
        }
        if (references.isEmpty()) {
            throw new IOException(KUSTOMIZATION + " names no images");
        }
        return references;
    }
}
