package dev.devices.adapter.persistence.jpa;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.ActionLogPort;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.organization.OrgPath;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ActionLogPersistenceAdapter implements ActionLogPort {

    @Override
    public void appendLogEntry(ActionLogEntry entry) {
        ActionLogEntity entity = new ActionLogEntity();
        entity.deviceId = entry.deviceId();
        entity.orgId = entry.orgId();
        entity.triggerUserEmail = entry.triggerUserEmail();
        entity.value = entry.value();
        entity.pin = entry.pin();
        entity.pinType = entry.pinType();
        entity.isOnline = entry.isOnline();
        entity.createdAt = entry.createdAt();
        entity.persist();
    }

    @Override
    public Page<ActionLogEntry> actionLog(int deviceId, OrgPath recordedWithin, PageRequest page) {
        return Paging.pageInIndexOrder(ActionLogEntity.<ActionLogEntity>find("deviceId = ?1 and " + Subtrees.orgIn(2)
                        + " order by createdAt desc, id desc", deviceId, recordedWithin.value() + "%"),
                page, e -> new ActionLogEntry(e.id, e.deviceId, e.orgId, e.triggerUserEmail, e.value, e.pin, e.pinType,
                        e.isOnline, e.createdAt));
    }

    @Override
    public void clearActionLog(int deviceId) {
        ActionLogEntity.delete("deviceId", deviceId);
    }
}
