package dev.devices.bootstrap.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Direct SQL for tests: to arrange what the device side would have recorded (activation, last seen)
 * and to check what a call left in the database.
 */
public final class Db {

    private final DataSource dataSource;

    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text. */
    public String text(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}
