package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.paging.PageRequest;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Templates with their events, metafields and datastreams, found by id or string id. */
public abstract class TemplatePortContract extends PortContract {

    @Test
    void creatingAssignsIdsToEverythingDeclared() {
        Organization org = newOrganization();
        Template t = newTemplate(org, "Declared");
        assertThat(t.id()).isPositive();
        assertThat(t.originalId()).isEqualTo(t.id());
        assertThat(t.parentId()).isNull();
        assertThat(t.events()).extracting(TemplateEvent::eventCode).containsExactly("provisioned", "too_hot");
        assertThat(t.events()).allSatisfy(e -> assertThat(e.id()).isPositive());
        assertThat(t.metaFields()).allSatisfy(m -> assertThat(m.id()).isPositive());
        assertThat(t.dataStreams()).singleElement().satisfies(d -> {
            assertThat(d.id()).isPositive();
            assertThat(d.pin()).isEqualTo("v1");
            assertThat(d.max()).isEqualTo(80.0);
        });
        assertThat(t.metaFields().get(1).min()).isEqualTo(0.0);
        assertThat(t.heartbeatSeconds()).isEqualTo(60);
    }

    @Test
    void aChildKeepsTheOriginalOfItsParent() {
        Organization org = newOrganization();
        Template root = newTemplate(org, "Root");
        Template child = newTemplate(org, "Child", root);
        Template grandchild = newTemplate(org, "Grandchild", child);
        assertThat(child.parentId()).isEqualTo(root.id());
        assertThat(grandchild.originalId()).isEqualTo(root.id());
    }

    @Test
    void foundByIdStringIdAndInBatches() {
        Organization org = newOrganization();
        Template a = newTemplate(org, "A");
        Template b = newTemplate(org, "B");
        assertThat(tx(() -> ports().templates().loadTemplate(a.id()))).contains(a);
        assertThat(tx(() -> ports().templates().loadTemplateByStringId(b.stringIds().get(0).value()))).contains(b);
        assertThat(tx(() -> ports().templates().loadTemplateByStringId("TMPL000000000"))).isEmpty();
        assertThat(tx(() -> ports().templates().loadTemplate(Integer.MAX_VALUE))).isEmpty();
        assertThat(tx(() -> ports().templates().loadTemplates(List.of(b.id(), a.id(), Integer.MAX_VALUE))))
                .containsExactly(a, b);
    }

    @Test
    void listsAreByOrganizationInIdOrder() {
        Organization org = newOrganization();
        Template a = newTemplate(org, "A");
        Template b = newTemplate(org, "B");
        newTemplate(newOrganization(), "Elsewhere");
        var page = tx(() -> ports().templates().listTemplates(org.id(), PageRequest.of(0, 1)));
        assertThat(page.totalElements()).isEqualTo(2);
        assertThat(page.content()).containsExactly(a);
        assertThat(tx(() -> ports().templates().listTemplates(org.id(), PageRequest.of(1, 1))).content()).containsExactly(b);
    }
}
