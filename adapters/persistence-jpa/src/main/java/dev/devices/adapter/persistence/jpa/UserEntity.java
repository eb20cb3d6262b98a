package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
public class UserEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_id", nullable = false)
    public int orgId;

    @Column(name = "email", nullable = false)
    public String email;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "role", nullable = false)
    public String role;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "created_at", nullable = false)
    public long createdAt;
}
