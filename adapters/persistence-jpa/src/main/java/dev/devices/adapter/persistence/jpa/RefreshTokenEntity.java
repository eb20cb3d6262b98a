package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "refresh_token")
public class RefreshTokenEntity extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "org_id", nullable = false)
    public int orgId;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "expires_at", nullable = false)
    public long expiresAt;

    @Column(name = "used_at")
    public Long usedAt;
}
