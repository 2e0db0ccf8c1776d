package dev.otpserver.web.console;

import dev.otpserver.auth.user.boundary.TokenForm;
import dev.otpserver.auth.user.boundary.UserAdmin;
import dev.otpserver.auth.user.boundary.UserForm;
import dev.otpserver.common.admin.AdminProblem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * End users and their wallet tokens: find, create, freeze or unfreeze, issue a token (its value shown in that
 * answer only), revoke one, erase the user.
 */
@Named
@RequestScoped
public class UsersPage {

    @Inject
    UserAdmin admin;

    @Inject
    Changes changes;

    private String selected;
    private String userId;
    private String email;
    private String phone;
    private String locale;
    private String tokenClientId;
    private String tokenSeconds;

    private String findError;
    private Map<String, Object> user;
    private List<Map<String, Object>> tokens;
    private Map<String, Object> issued;

    /** The page's selection comes with the request: in its URL (GET) or in the form's own fields (POST). */
    @PostConstruct
    void fromRequest() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        selected = parameters.getOrDefault("user", selected);
    }

    public Map<String, Object> getUser() {
        if (user == null && MessagesPage.blankless(selected) != null) {
            try {
                user = Views.map(admin.find(selected.strip()));
            } catch (AdminProblem unknown) {
                findError = unknown.getMessage();
                selected = null;
            }
        }
        return user;
    }

    public List<Map<String, Object>> getTokens() {
        if (tokens == null) {
            tokens = getUser() == null ? List.of() : Views.list(admin.tokensOf(selected.strip()));
        }
        return tokens;
    }

    public String create() {
        Object created = changes.run(
                "create",
                List.of("userId", "email", "phone", "locale", "status"),
                "User created.",
                () -> admin.create(new UserForm(
                        MessagesPage.blankless(userId),
                        null,
                        MessagesPage.blankless(email),
                        MessagesPage.blankless(phone),
                        MessagesPage.blankless(locale))));
        return created == null
                ? null
                : "/users.xhtml?faces-redirect=true&user=" + Views.map(created).get("userId");
    }

    public String setStatus(String status) {
        Map<String, Object> current = getUser();
        String id = selected;
        Object done = changes.run(
                "user",
                List.of(),
                "User " + id + " is " + status + " now.",
                () -> admin.replace(
                        id,
                        new UserForm(
                                id,
                                status,
                                current == null ? null : (String) current.get("email"),
                                current == null ? null : (String) current.get("phone"),
                                current == null ? null : (String) current.get("locale"))));
        return done == null ? null : "/users.xhtml?faces-redirect=true&user=" + id;
    }

    public String erase() {
        String id = selected;
        Object done = changes.run("user", List.of(), "User " + id + " erased: contact data removed everywhere.", () -> {
            admin.delete(id);
            return Boolean.TRUE;
        });
        return done == null ? null : "/users.xhtml?faces-redirect=true&user=" + id;
    }

    /** The token's value is shown in this answer only (no redirect), as the admin API shows it once. */
    public String issueToken() {
        Object token = changes.run(
                "issue",
                List.of("clientId", "validForSeconds"),
                "Wallet token issued: copy it now, it is not shown again.",
                () -> admin.issueToken(
                        selected, new TokenForm(MessagesPage.blankless(tokenClientId), seconds(tokenSeconds))));
        if (token != null) {
            issued = Views.map(token);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
        }
        return null;
    }

    public String revokeToken(String tokenId) {
        String id = selected;
        Object done = changes.run("tokens", List.of(), "Wallet token revoked.", () -> {
            admin.revokeToken(id, tokenId);
            return Boolean.TRUE;
        });
        return done == null ? null : "/users.xhtml?faces-redirect=true&user=" + id;
    }

    private static Long seconds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return -1L;
        }
    }

    /** Why the user asked for was not found, beside the find form. */
    public String getFindError() {
        getUser();
        return findError;
    }

    public Map<String, Object> getIssued() {
        return issued;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getTokenClientId() {
        return tokenClientId;
    }

    public void setTokenClientId(String tokenClientId) {
        this.tokenClientId = tokenClientId;
    }

    public String getTokenSeconds() {
        return tokenSeconds;
    }

    public void setTokenSeconds(String tokenSeconds) {
        this.tokenSeconds = tokenSeconds;
    }
}
