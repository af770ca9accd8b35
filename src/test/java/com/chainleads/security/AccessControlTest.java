package com.chainleads.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.ui.NotFoundView;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.ui.LeadView;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.UserAdminService;
import com.chainleads.security.ui.LoginView;
import com.chainleads.security.ui.UserAdminView;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Cases 1–3 at the view and service level: anonymous visitors, officers and admin-only things, other units. */
class AccessControlTest extends KaribuTest {

    @Autowired
    LeadService leads;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    SignIn signIn;

    @Test
    void anAnonymousVisitorOpeningALeadOrTheAdminViewGetsTheLoginPage() {
        for (String target : new String[] {"leads/1", "leads", "admin/users", "account/password", "cockpit"}) {
            navigate(target);
            _get(LoginView.class);
            assertThat(_find(LeadView.class)).isEmpty();
        }
    }

    @Test
    void anOfficerOpeningTheAdminViewIsRefused() {
        loginAs("officer1");
        navigate("admin/users");
        _get(NotFoundView.class);
        assertThat(_find(UserAdminView.class)).isEmpty();
    }

    @Test
    void anOfficerCallingTheAdministrationServiceDirectlyIsDenied() {
        loginAs("officer1");
        assertThatThrownBy(() -> userAdmin.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userAdmin.resetPassword(1L, 0L)).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Every public method of every service that does not allow officers refuses one, whatever its arguments —
     * method security, not hidden buttons. Nulls and zeros as arguments: a method that ran would fail otherwise.
     */
    @Test
    void everyServiceMethodClosedToOfficersRefusesAnOfficer() throws Exception {
        loginAs("officer1");
        List<String> checked = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith("com.chainleads.")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || allowsOfficers(method, type)) {
                    continue;
                }
                Object[] args = Arrays.stream(method.getParameterTypes())
                        .map(AccessControlTest::dummy)
                        .toArray();
                Method proxied = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
                try {
                    proxied.invoke(bean, args);
                    throw new AssertionError(type.getSimpleName() + "." + method.getName() + " ran for an officer");
                } catch (InvocationTargetException e) {
                    assertThat(e.getCause())
                            .as(type.getSimpleName() + "." + method.getName())
                            .isInstanceOf(AccessDeniedException.class);
                }
                checked.add(type.getSimpleName() + "." + method.getName());
            }
        }
        assertThat(checked)
                .contains(
                        "UserAdminService.listUsers",
                        "UserAdminService.createUser",
                        "UserAdminService.updateUser",
                        "UserAdminService.setEnabled",
                        "UserAdminService.resetPassword");
    }

    private static boolean allowsOfficers(Method method, Class<?> type) {
        RolesAllowed roles = AnnotatedElementUtils.findMergedAnnotation(method, RolesAllowed.class);
        if (roles == null && AnnotatedElementUtils.hasAnnotation(method, jakarta.annotation.security.PermitAll.class)) {
            return true;
        }
        if (roles == null) {
            roles = AnnotatedElementUtils.findMergedAnnotation(type, RolesAllowed.class);
        }
        return roles == null || Arrays.asList(roles.value()).contains(Role.OFFICER_NAME);
    }

    private static Object dummy(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        // one branch per type: a conditional expression would promote every value to long
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == char.class) {
            return 'x';
        }
        return null;
    }

    @Test
    void anOfficerOpeningAnotherUnitsLeadByItsAddressSeesNotFound() {
        LeadDraft draft = new LeadDraft();
        String project = "二科保密项目" + UUID.randomUUID().toString().substring(0, 6);
        draft.setProjectName(project);
        draft.setInvestorName("深圳保密科技有限公司");
        draft.setSectorId(1L);
        draft.setChannel(LeadChannel.SELF);
        LeadDetails lead = signIn.as("officer2", () -> leads.create(draft));

        loginAs("officer1");
        navigate("leads/" + lead.id());

        _get(NotFoundView.class);
        assertThat(_find(LeadView.class)).isEmpty();
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).doesNotContain(project);
        assertThat(_get(H1.class, spec -> spec.withClasses("cl-view-title")).getText())
                .doesNotContain(lead.leadNo());
        assertThat(_find(H2.class)).extracting(H2::getText).doesNotContain(lead.leadNo());

        loginAs("officer5"); // the same unit as the reporter sees it
        navigate("leads/" + lead.id());
        _get(LeadView.class);
        assertThat(_get(H2.class, spec -> spec.withClasses("cl-lead-title")).getText())
                .contains(project);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("leads/" + lead.id());
    }

    @Test
    void theTechOfficeKeepingTheEnterpriseLibrarySeesNoLeadEitherByTheMenuTheAddressOrTheService() {
        LeadDraft draft = new LeadDraft();
        String project = "科技科不可见项目" + UUID.randomUUID().toString().substring(0, 6);
        draft.setProjectName(project);
        draft.setInvestorName("苏州不可见科技有限公司");
        draft.setSectorId(1L);
        draft.setChannel(LeadChannel.SELF);
        LeadDetails lead = signIn.as("officer1", () -> leads.create(draft));

        loginAs("tech1");
        navigate("leads/" + lead.id());
        _get(NotFoundView.class);
        assertThat(_find(LeadView.class)).isEmpty();
        navigate("leads");
        _get(NotFoundView.class);
        assertThat(com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries())
                .extracting(com.vaadin.flow.server.menu.MenuEntry::path)
                .noneMatch(path -> path.contains("leads"))
                .anyMatch(path -> path.contains("enterprises"));
        assertThatThrownBy(() -> leads.load(lead.id()))
                .isInstanceOf(com.chainleads.base.domain.RecordNotFoundException.class);
    }
}
