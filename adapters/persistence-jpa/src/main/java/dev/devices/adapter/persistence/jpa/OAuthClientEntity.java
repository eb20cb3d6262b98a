package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "oauth_client")
public class OAuthClientEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    @Column(name = "org_id", nullable = false)
    public int orgId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "client_id", nullable = false, unique = true)
    public String clientId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "api_scope_enabled", nullable = false)
    public boolean apiScopeEnabled;

    @Column(name = "created_at", nullable = false)
    public long createdAt;
}
