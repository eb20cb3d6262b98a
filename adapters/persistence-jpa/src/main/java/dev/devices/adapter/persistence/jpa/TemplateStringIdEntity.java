package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "template_string_id")
public class TemplateStringIdEntity extends PanacheEntityBase {

    @Id
    @Column(name = "string_id")
    public String stringId;

    @Column(name = "template_id", nullable = false)
    public int templateId;
}
