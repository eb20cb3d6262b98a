package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "device")
public class DeviceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    @Column(name = "org_id", nullable = false)
    public int orgId;

    @Column(name = "template_id", nullable = false)
    public int templateId;

    @Column(name = "original_template_id", nullable = false)
    public int originalTemplateId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "token", nullable = false, unique = true)
    public String token;

    @Column(name = "owner_user_id")
    public Long ownerUserId;

    @Column(name = "activated_at")
    public Long activatedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "hardware_info")
    public Map<String, String> hardwareInfo;

    @Column(name = "first_connect_time")
    public Long firstConnectTime;

    @Column(name = "connect_time")
    public Long connectTime;

    @Column(name = "disconnect_time")
    public Long disconnectTime;

    @Column(name = "last_seen_at")
    public Long lastSeenAt;

    @Column(name = "ip")
    public String ip;

    @Column(name = "last_received_event_at")
    public Long lastReceivedEventAt;

    @Column(name = "firmware_updated_at")
    public Long firmwareUpdatedAt;

    @Column(name = "offline_check_at")
    public Long offlineCheckAt;

    @Column(name = "created_at", nullable = false)
    public long createdAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** The token before the last rotation, valid on the device side until {@link #previousTokenValidUntil}. */
    @Column(name = "previous_token", length = 32)
    public String previousToken;

    @Column(name = "previous_token_valid_until")
    public Long previousTokenValidUntil;

    /** Counts configuration changes only (the ETag); {@link #version} counts every write of the row. */
    @Column(name = "config_version", nullable = false)
    public long configVersion;
}
