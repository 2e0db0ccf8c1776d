package dev.otpserver.web.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One ticket per rendered change form, good for one change: a double submit, a form sent again from the browser's
 * history, or a stale form changes nothing a second time. (Faces' server-side view state already refuses a post
 * from another site; this refuses a repeated one.)
 */
@Named
@SessionScoped
public class FormTickets implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 500;

    private final Set<String> open = new LinkedHashSet<>();

    public synchronized String issue() {
        String ticket = UUID.randomUUID().toString();
        open.add(ticket);
        if (open.size() > KEPT) {
            Iterator<String> oldest = open.iterator();
            oldest.next();
            oldest.remove();
        }
        return ticket;
    }

    synchronized boolean redeem(String ticket) {
        return ticket != null && open.remove(ticket);
    }
}
