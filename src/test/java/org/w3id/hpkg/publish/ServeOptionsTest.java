package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The server's options, checked before any server starts (the servers themselves: the *IT tests here). */
class ServeOptionsTest {

    @Test
    void givenAllowUpdateWithoutPasswordFile_whenBuildingOptions_thenRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServeOptions.builder().allowUpdate(true).build());
        assertTrue(e.getMessage().contains("--password-file"));
    }
}
