package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "datastream_history")
public class DataStreamHistoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "device_id", nullable = false)
    public int deviceId;

    @Column(name = "datastream_id", nullable = false)
    public int dataStreamId;

    @Column(name = "value", nullable = false)
    public String value;

    @Column(name = "ts", nullable = false)
    public long ts;
}
