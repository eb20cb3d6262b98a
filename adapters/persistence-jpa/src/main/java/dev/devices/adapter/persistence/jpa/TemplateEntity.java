package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "template")
public class TemplateEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    @Column(name = "org_id", nullable = false)
    public int orgId;

    @Column(name = "parent_id")
    public Integer parentId;

    /** Null when the template is its own root. */
    @Column(name = "original_id")
    public Integer originalId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "heartbeat_seconds", nullable = false)
    public int heartbeatSeconds;

    @Column(name = "created_at", nullable = false)
    public long createdAt;
}
