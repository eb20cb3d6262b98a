package dev.devices.adapter.devicemqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.devices.application.port.out.BrokerCredentialsPort;
import dev.devices.application.port.out.CredentialChangesPort.CredentialChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.jboss.logging.Logger;

/**
 * Each device's credentials in Mosquitto's dynamic-security plugin, through its command topic. A
 * device is a client whose username and password are its token, with a role of its own that lets it
 * publish and subscribe under {@code <prefix>/<token>/} only (Mosquitto 2.0's plugin substitutes no
 * {@code %u} in its ACLs, hence a role per device). Nobody else can subscribe to a device's topics
 * but the service's own account, so no client learns another device's token.
 */
@ApplicationScoped
class DynamicSecurity implements BrokerCredentialsPort {

    static final String COMMANDS = "$CONTROL/dynamic-security/v1";
    static final String RESPONSES = COMMANDS + "/response";
    private static final Logger LOG = Logger.getLogger(DynamicSecurity.class);
    private static final long TIMEOUT_SECONDS = 10;
    /** Answers that mean the change is already in effect: applying it twice is fine. */
    private static final Set<String> ALREADY_SO = Set.of("Client already exists", "Role already exists",
            "Client not found", "Role not found");

    private final MqttConfig config;
    private final ObjectMapper json;
    private final Map<String, CompletableFuture<JsonNode>> awaiting = new ConcurrentHashMap<>();
    private volatile MqttAsyncClient client;

    DynamicSecurity(MqttConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** The bridge's connection, which also receives the plugin's responses. */
    void use(MqttAsyncClient client) {
        this.client = client;
    }

    @Override
    public void apply(List<CredentialChange> changes) {
        MqttAsyncClient connection = client;
        if (connection == null || !connection.isConnected()) {
            throw new BrokerUnavailable("not connected to the MQTT broker");
        }
        ObjectNode request = json.createObjectNode();
        ArrayNode commands = request.putArray("commands");
        List<String> correlations = new ArrayList<>();
        for (CredentialChange change : changes) {
            for (ObjectNode command : change.added() ? add(change) : remove(change)) {
                String correlation = UUID.randomUUID().toString();
                command.put("correlationData", correlation);
                awaiting.put(correlation, new CompletableFuture<>());
                correlations.add(correlation);
                commands.add(command);
            }
        }
        try {
            MqttMessage message = new MqttMessage(json.writeValueAsBytes(request));
            message.setQos(1);
            connection.publish(COMMANDS, message);
            for (String correlation : correlations) {
                check(awaiting.get(correlation).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
        } catch (IOException | MqttException | ExecutionException | TimeoutException e) {
            throw new BrokerUnavailable("the broker did not confirm the credential changes: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailable("interrupted while waiting for the broker");
        } finally {
            correlations.forEach(awaiting::remove);
        }
    }

    /** A response message of the plugin: it completes the commands it answers. */
    void responseArrived(byte[] payload) {
        try {
            for (JsonNode response : json.readTree(payload).path("responses")) {
                CompletableFuture<JsonNode> waiting = awaiting.get(response.path("correlationData").asText());
                if (waiting != null) {
                    waiting.complete(response);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Unreadable response of the dynamic-security plugin: %s", e.getMessage());
        }
    }

    private static void check(JsonNode response) {
        String error = response.path("error").asText(null);
        if (error != null && !ALREADY_SO.contains(error)) {
            throw new BrokerUnavailable("the broker refused " + response.path("command").asText() + ": " + error);
        }
    }

    private List<ObjectNode> add(CredentialChange change) {
        String token = change.token().value();
        ObjectNode role = json.createObjectNode().put("command", "createRole").put("rolename", roleOf(token));
        ArrayNode acls = role.putArray("acls");
        String own = config.topicPrefix() + "/" + token + "/#";
        for (String type : List.of("publishClientSend", "publishClientReceive", "subscribePattern", "unsubscribePattern")) {
            acls.addObject().put("acltype", type).put("topic", own).put("allow", true);
        }
        ObjectNode device = json.createObjectNode().put("command", "createClient").put("username", token)
                .put("password", token);
        device.putArray("roles").addObject().put("rolename", roleOf(token));
        return List.of(role, device);
    }

    private List<ObjectNode> remove(CredentialChange change) {
        String token = change.token().value();
        return List.of(json.createObjectNode().put("command", "deleteClient").put("username", token),
                json.createObjectNode().put("command", "deleteRole").put("rolename", roleOf(token)));
    }

    private static String roleOf(String token) {
        return "device-" + token;
    }
}
