package dev.devices.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What tests read back from a database: the first column of every row a query returns, as text. */
public final class Rows {

    private Rows() {
    }

    public static List<String> firstColumn(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Over a connection of its own, as the superuser {@code postgres} without a password. */
    public static List<String> firstColumn(String jdbcUrl, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", null)) {
            return firstColumn(connection, query);
        }
    }
}
