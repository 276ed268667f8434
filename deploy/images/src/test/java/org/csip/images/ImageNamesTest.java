package org.csip.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageNamesTest {
    @Test
    void theKustomizationNamesAnImageForEachOfTheFourServices() throws IOException {
        assertThat(ImageNames.read(Path.of("../..")))
                .containsEntry("gateway", "ghcr.io/example-council/csip-gateway:0.1.0")
                .containsEntry("inspection-service", "ghcr.io/example-council/csip-inspection-service:0.1.0")
                .containsEntry("action-plan-service", "ghcr.io/example-council/csip-action-plan-service:0.1.0")
                .containsEntry("workforce-service", "ghcr.io/example-council/csip-workforce-service:0.1.0")
                .hasSize(4);
    }

    @Test
    void anImageWithoutATagIsRefusedNamingIt(@TempDir Path repo) throws IOException {
        Path kustomization = repo.resolve(ImageNames.KUSTOMIZATION);
        Files.createDirectories(kustomization.getParent());
        Files.writeString(kustomization, """
                images:
                  - name: csip/gateway
                    newName: registry.example/csip-gateway
                """);
        assertThatThrownBy(() -> ImageNames.read(repo)).isInstanceOf(IOException.class)
                .hasMessageContaining("csip/gateway").hasMessageContaining("newTag");
    }

    @Test
    void aKustomizationWithoutImagesIsRefused(@TempDir Path repo) throws IOException {
        Path kustomization = repo.resolve(ImageNames.KUSTOMIZATION);
        Files.createDirectories(kustomization.getParent());
        Files.writeString(kustomization, "resources: []\n");
        assertThatThrownBy(() -> ImageNames.read(repo)).hasMessageContaining("names no images");
    }
}
