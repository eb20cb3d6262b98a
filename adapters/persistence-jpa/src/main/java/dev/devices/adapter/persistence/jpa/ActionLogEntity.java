package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "action_log")
public class ActionLogEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "device_id", nullable = false)
    public int deviceId;

    @Column(name = "org_id", nullable = false)
    public int orgId;

    @Column(name = "trigger_user_email")
    public String triggerUserEmail;

    @Column(name = "value", nullable = false)
    public String value;

    @Column(name = "pin", nullable = false)
    public String pin;

    @Column(name = "pin_type", nullable = false)
    public String pinType;

    @Column(name = "is_online", nullable = false)
    public boolean isOnline;

    @Column(name = "created_at", nullable = false)
    public long createdAt;
}
