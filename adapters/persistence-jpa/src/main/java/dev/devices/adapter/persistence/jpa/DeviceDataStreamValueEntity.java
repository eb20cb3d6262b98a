package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "device_datastream_value")
@IdClass(DeviceDataStreamValueEntity.Key.class)
public class DeviceDataStreamValueEntity extends PanacheEntityBase {

    @Id
    @Column(name = "device_id")
    public int deviceId;

    @Id
    @Column(name = "datastream_id")
    public int dataStreamId;

    @Column(name = "value", nullable = false)
    public String value;

    @Column(name = "updated_at", nullable = false)
    public long updatedAt;

    public record Key(int deviceId, int dataStreamId) implements Serializable {
    }
}
