package dev.devices.adapter.persistence.memory;

import dev.devices.application.idempotency.StoredAnswer;
import dev.devices.application.port.out.CredentialChangesPort.CredentialChange;
import dev.devices.application.port.out.DeviceDataPort.StoredValue;
import dev.devices.application.port.out.IdempotencyPort;
import dev.devices.application.port.out.RefreshTokenPort.RefreshGrant;
import dev.devices.domain.access.OAuthClient;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.tag.Tag;
import dev.devices.domain.template.MetaFieldValue;
import dev.devices.domain.template.Template;
import dev.devices.domain.timeline.TimelineEntry;
import dev.devices.domain.user.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the in-memory adapter holds. Values are immutable records, so a copy of the maps (and of
 * the nested ones) is a full snapshot: that is how a unit of work rolls back.
 */
final class State {

    final TreeMap<Integer, Organization> organizations = new TreeMap<>();
    final TreeMap<Long, User> users = new TreeMap<>();
    final Map<String, OAuthClient> clients = new HashMap<>();
    final Map<String, RefreshGrant> refreshTokens = new HashMap<>();
    final Map<String, Long> refreshTokensUsedAt = new HashMap<>();
    final TreeMap<Integer, Template> templates = new TreeMap<>();
    final Map<String, Integer> templateStringIds = new HashMap<>();
    final TreeMap<Integer, Device> devices = new TreeMap<>();
    final Map<Integer, TreeMap<Integer, MetaFieldValue>> metaFieldValues = new HashMap<>();
    final Map<Integer, TreeMap<Integer, StoredValue>> currentValues = new HashMap<>();
    final List<History> history = new ArrayList<>();
    final TreeMap<Long, TimelineEntry> timeline = new TreeMap<>();
    /** Each device's newest LIFECYCLE entry, kept when retention removes it from the timeline. */
    final Map<Integer, TimelineEntry> latestLifecycle = new HashMap<>();
    final TreeMap<Long, ActionLogEntry> actionLog = new TreeMap<>();
    final TreeMap<Integer, Tag> tags = new TreeMap<>();
    final Map<Integer, TreeSet<Integer>> deviceTags = new HashMap<>();
    final TreeMap<Long, CredentialChange> credentialChanges = new TreeMap<>();
    /** When a change is due, for those due later than at once (a rotated token's removal). */
    final Map<Long, Long> credentialChangesDue = new HashMap<>();
    /** The token each device had before its last rotation, and until when it still works. */
    final Map<Integer, PreviousToken> previousTokens = new HashMap<>();
    /** Idempotency-Key answers by "scope key". */
    final Map<String, KeptAnswer> idempotentAnswers = new HashMap<>();
    boolean credentialsSeeded;
    long sequence;

    /** One value a datastream had. */
    record PreviousToken(DeviceToken token, long validUntil) {
    }

    record KeptAnswer(StoredAnswer answer, long storedAt) {
    }

    record History(int deviceId, int dataStreamId, String value, long ts) {
    }

    /** Ids come from one counter, like a database sequence: unique, increasing, never reused. */
    int nextInt() {
        return Math.toIntExact(++sequence);
    }

    long nextLong() {
        return ++sequence;
    }

    State copy() {
        State copy = new State();
        copy.organizations.putAll(organizations);
        copy.users.putAll(users);
        copy.clients.putAll(clients);
        copy.refreshTokens.putAll(refreshTokens);
        copy.refreshTokensUsedAt.putAll(refreshTokensUsedAt);
        copy.templates.putAll(templates);
        copy.templateStringIds.putAll(templateStringIds);
        copy.devices.putAll(devices);
        metaFieldValues.forEach((k, v) -> copy.metaFieldValues.put(k, new TreeMap<>(v)));
        currentValues.forEach((k, v) -> copy.currentValues.put(k, new TreeMap<>(v)));
        copy.history.addAll(history);
        copy.timeline.putAll(timeline);
        copy.latestLifecycle.putAll(latestLifecycle);
        copy.actionLog.putAll(actionLog);
        copy.tags.putAll(tags);
        deviceTags.forEach((k, v) -> copy.deviceTags.put(k, new TreeSet<>(v)));
        copy.credentialChanges.putAll(credentialChanges);
        copy.credentialChangesDue.putAll(credentialChangesDue);
        copy.previousTokens.putAll(previousTokens);
        copy.idempotentAnswers.putAll(idempotentAnswers);
        copy.credentialsSeeded = credentialsSeeded;
        copy.sequence = sequence;
        return copy;
    }
}
