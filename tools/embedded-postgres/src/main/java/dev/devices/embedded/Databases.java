package dev.devices.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Creating and dropping databases on a server we hold superuser access to. */
final class Databases {

    private Databases() {
    }

    static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    static void createIfMissing(Connection admin, String database) throws SQLException {
        try (var check = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            check.setString(1, database);
            if (check.executeQuery().next()) {
                return;
            }
        }
        try (Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE \"" + database + "\"");
        }
    }

    static void drop(Connection admin, String database) throws SQLException {
        try (Statement drop = admin.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        }
    }
}
