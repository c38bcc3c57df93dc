package io.zhibiao.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApiTokensTest {

    private final ApiTokens tokens = ApiTokens.parse(List.of(" machine-7 ", "ed1tor:editor", "boss:editor+admin", ""));

    @Test
    void aPlainTokenIngestsAsBeforeRolesExisted() {
        Caller machine = tokens.caller("machine-7").orElseThrow();
        assertEquals(Set.of(Role.INGEST), machine.roles());
        assertTrue(machine.mayDo(Role.INGEST));
        assertFalse(machine.mayDo(Role.EDITOR));
    }

    @Test
    void namedRolesAreKeptAndAnAdminMayDoAnything() {
        assertEquals(Set.of(Role.EDITOR), tokens.caller("ed1tor").orElseThrow().roles());
        assertFalse(tokens.caller("ed1tor").orElseThrow().mayDo(Role.INGEST, Role.ADMIN));
        Caller boss = tokens.caller("boss").orElseThrow();
        assertEquals(Set.of(Role.EDITOR, Role.ADMIN), boss.roles());
        assertTrue(boss.mayDo(Role.INGEST));
    }

    @Test
    void theSubjectNamesTheTokenWithoutRevealingIt() {
        String subject = tokens.caller("boss").orElseThrow().subject();
        assertTrue(subject.matches("token:[0-9a-f]{8}"), subject);
        assertFalse(subject.contains("boss"));
        assertFalse(subject.equals(tokens.caller("ed1tor").orElseThrow().subject()));
    }

    @Test
    void onlyAWholeTokenMatches() {
        assertTrue(tokens.caller("boss:editor+admin").isEmpty());
        assertTrue(tokens.caller("machine").isEmpty());
        assertTrue(tokens.caller("").isEmpty());
    }

    @Test
    void anEditorMayBeLimitedToOneRegionsSubtree() {
        ApiTokens limited = ApiTokens.parse(List.of("gz:editor@360700", "all:editor"));
        assertEquals("360700", limited.caller("gz").orElseThrow().region());
        assertTrue(limited.caller("gz").orElseThrow().limitedToRegion());
        assertFalse(limited.caller("all").orElseThrow().limitedToRegion());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ApiTokens.parse(List.of("gz:editor@赣州")));
        assertTrue(e.getMessage().contains("not a 6-digit region code"), e.getMessage());
    }

    @Test
    void aMisspeltRoleStopsTheStartAndSaysWhichRolesExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ApiTokens.parse(List.of("abc:editro")));
        assertTrue(e.getMessage().contains("'editro'") && e.getMessage().contains("ingest, editor and admin"), e.getMessage());
        assertFalse(e.getMessage().contains("abc:"), "the message must not reveal the token");
        assertThrows(IllegalArgumentException.class, () -> ApiTokens.parse(List.of(":admin")));
    }
}
