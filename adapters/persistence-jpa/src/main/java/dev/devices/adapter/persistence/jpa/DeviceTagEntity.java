package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "device_tag")
@IdClass(DeviceTagEntity.Key.class)
public class DeviceTagEntity extends PanacheEntityBase {

    @Id
    @Column(name = "device_id")
    public int deviceId;

    @Id
    @Column(name = "tag_id")
    public int tagId;

    public record Key(int deviceId, int tagId) implements Serializable {
    }
}
