package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "template_datastream")
public class TemplateDataStreamEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    @Column(name = "template_id", nullable = false)
    public int templateId;

    @Column(name = "label", nullable = false)
    public String label;

    @Column(name = "alias")
    public String alias;

    @Column(name = "pin", nullable = false)
    public String pin;

    @Column(name = "type", nullable = false)
    public String type;

    @Column(name = "min_value")
    public Double minValue;

    @Column(name = "max_value")
    public Double maxValue;
}
