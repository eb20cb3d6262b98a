package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "template_event")
public class TemplateEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    @Column(name = "template_id", nullable = false)
    public int templateId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "event_code", nullable = false)
    public String eventCode;

    @Column(name = "type", nullable = false)
    public String type;
}
