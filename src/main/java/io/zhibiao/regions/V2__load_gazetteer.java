package io.zhibiao.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the gazetteer (regions/cn-divisions.csv, the one copy the extractor reads too) under a
 * national root 000000.
 */
public class V2__load_gazetteer extends BaseJavaMigration {

    static final String CSV = "/regions/cn-divisions.csv";

    @Override
    public void migrate(Context context) throws Exception {
        String sql = "INSERT INTO region (code, name, short_name, level, parent_code) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql);
                BufferedReader rows = open()) {
            insert(insert, "000000", "全国", "全国", "country", null);
            rows.readLine(); // header
            for (String line = rows.readLine(); line != null; line = rows.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                insert(insert, f[0], f[1], f[2], f[3], f[4].isEmpty() ? "000000" : f[4]);
            }
            insert.executeBatch();
        }
    }

    private static void insert(PreparedStatement insert, String code, String name, String shortName, String level,
            String parent) throws Exception {
        insert.setString(1, code);
        insert.setString(2, name);
        insert.setString(3, shortName);
        insert.setString(4, level);
        insert.setString(5, parent);
        insert.addBatch();
    }

    private static BufferedReader open() throws IOException {
        InputStream in = V2__load_gazetteer.class.getResourceAsStream(CSV);
        if (in == null) {
            throw new IOException("Gazetteer " + CSV + " is missing from the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
