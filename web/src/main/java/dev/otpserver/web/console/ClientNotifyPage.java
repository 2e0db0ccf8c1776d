package dev.otpserver.web.console;

import dev.otpserver.common.admin.AdminProblem;
import dev.otpserver.config.otpnotify.boundary.NotifyUrlAdmin;
import dev.otpserver.config.otpnotify.boundary.NotifyUrlForm;
import dev.otpserver.config.preference.boundary.PreferenceAdmin;
import dev.otpserver.config.preference.boundary.PreferenceForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** How a client gets its 3DS passcodes, on its page: its notify URL and its notification preference. */
@Named
@RequestScoped
public class ClientNotifyPage {

    @Inject
    ClientsPage clients;

    @Inject
    NotifyUrlAdmin notifyUrlAdmin;

    @Inject
    PreferenceAdmin preferenceAdmin;

    @Inject
    Changes changes;

    private String notifyUrl;
    private String preference;
    private String preferenceCustomer;

    /** The notify URL, or empty when the client has none. */
    public String getCurrentNotifyUrl() {
        try {
            return (String) Views.map(notifyUrlAdmin.notifyUrl(client())).get("notifyUrl");
        } catch (AdminProblem none) {
            return "";
        }
    }

    public String getCurrentPreference() {
        return String.valueOf(Views.map(preferenceAdmin.find(client(), null)).get("otpApiNotifyPreference"));
    }

    public String saveNotifyUrl() {
        return ClientsPage.backTo(
                client(),
                changes.run(
                        "notify",
                        List.of("notifyUrl"),
                        "Notify URL of " + client() + " set.",
                        () -> notifyUrlAdmin.setNotifyUrl(client(), new NotifyUrlForm(notifyUrl))));
    }

    public String savePreference() {
        return ClientsPage.backTo(
                client(),
                changes.run(
                        "preference",
                        List.of("otpApiNotifyPreference", "customerId"),
                        "Notification preference of " + client() + " set.",
                        () -> preferenceAdmin.set(
                                client(), new PreferenceForm(preference, MessagesPage.blankless(preferenceCustomer)))));
    }

    private String client() {
        return clients.getSelected();
    }

    public String getNotifyUrl() {
        return notifyUrl;
    }

    public void setNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    public String getPreference() {
        return preference;
    }

    public void setPreference(String preference) {
        this.preference = preference;
    }

    public String getPreferenceCustomer() {
        return preferenceCustomer;
    }

    public void setPreferenceCustomer(String preferenceCustomer) {
        this.preferenceCustomer = preferenceCustomer;
    }
}
