package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "device_metafield_value")
@IdClass(DeviceMetaFieldValueEntity.Key.class)
public class DeviceMetaFieldValueEntity extends PanacheEntityBase {

    @Id
    @Column(name = "device_id")
    public int deviceId;

    @Id
    @Column(name = "metafield_id")
    public int metaFieldId;

    /** The value object without its {@code type}, which the metafield definition holds. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "value", nullable = false)
    public Map<String, Object> value;

    public record Key(int deviceId, int metaFieldId) implements Serializable {
    }
}
