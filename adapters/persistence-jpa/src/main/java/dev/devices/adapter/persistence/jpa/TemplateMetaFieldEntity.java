package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "template_metafield")
public class TemplateMetaFieldEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    @Column(name = "template_id", nullable = false)
    public int templateId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "type", nullable = false)
    public String type;

    @Column(name = "is_mandatory", nullable = false)
    public boolean isMandatory;

    @Column(name = "include_in_provision", nullable = false)
    public boolean includeInProvision;

    @Column(name = "min_value")
    public Double minValue;

    @Column(name = "max_value")
    public Double maxValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "options")
    public List<String> options;
}
