package io.zhibiao.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The static tokens of ZHIBIAO_API_TOKENS with their roles: {@code abc123} (ingest, as before roles existed),
 * {@code abc123:editor}, {@code def456:editor+admin}, and an editor limited to one region's subtree:
 * {@code ghi789:editor@360700}. A misspelt role or region code fails the start, never a request.
 */
public final class ApiTokens {

    private record Entry(byte[] secret, Caller caller) {
    }

    private final List<Entry> entries;

    private ApiTokens(List<Entry> entries) {
        this.entries = entries;
    }

    /** Reads the configured entries; throws IllegalArgumentException naming the entry and the roles it may use. */
    public static ApiTokens parse(List<String> configured) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : configured) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            String secret = colon < 0 ? entry : entry.substring(0, colon);
            String grant = colon < 0 ? "ingest" : entry.substring(colon + 1);
            int at = grant.indexOf('@');
            if (secret.isBlank()) {
                throw new IllegalArgumentException("ZHIBIAO_API_TOKENS has an entry with roles but no token");
            }
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            Set<Role> roles = roles(at < 0 ? grant : grant.substring(0, at), bytes);
            String region = at < 0 ? null : region(grant.substring(at + 1), bytes);
            entries.add(new Entry(bytes, new Caller("token:" + fingerprint(bytes), null, roles, region)));
        }
        return new ApiTokens(List.copyOf(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The caller a presented token belongs to. Compares in constant time, so timing never tells how much matched. */
    public Optional<Caller> caller(String presented) {
        byte[] given = presented.getBytes(StandardCharsets.UTF_8);
        Caller found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.secret(), given) && found == null) {
                found = entry.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    private static Set<Role> roles(String written, byte[] secret) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : written.split("\\+")) {
            roles.add(Role.of(code).orElseThrow(() -> new IllegalArgumentException(
                    "ZHIBIAO_API_TOKENS: the entry of token " + fingerprint(secret)
                            + " names an unknown role '" + code.strip() + "'; roles are ingest, editor and admin")));
        }
        return roles;
    }

    private static String region(String written, byte[] secret) {
        String code = written.strip();
        if (!code.matches("[1-9][0-9]{5}")) {
            throw new IllegalArgumentException("ZHIBIAO_API_TOKENS: the entry of token " + fingerprint(secret)
                    + " limits it to '" + code + "', which is not a 6-digit region code");
        }
        return code;
    }

    private static String fingerprint(byte[] secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
