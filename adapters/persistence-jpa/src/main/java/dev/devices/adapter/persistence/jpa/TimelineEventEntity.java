package dev.devices.adapter.persistence.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "timeline_event")
public class TimelineEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "device_id", nullable = false)
    public int deviceId;

    @Column(name = "org_id", nullable = false)
    public int orgId;

    @Column(name = "event_id")
    public Integer eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "event_code")
    public String eventCode;

    @Column(name = "description")
    public String description;

    @Column(name = "ts", nullable = false)
    public long ts;

    @Column(name = "is_resolved", nullable = false)
    public boolean isResolved;

    @Column(name = "resolved_at")
    public Long resolvedAt;

    @Column(name = "resolved_comment")
    public String resolvedComment;
}
