package cn.perfeval.notification;

import cn.perfeval.identity.Role;
import cn.perfeval.identity.UserContact;

/** A user to be told, with the role in which they are told. */
record Recipient(UserContact contact, Role role) {

    Outgoing outgoing(UserNotification notification) {
        return new Outgoing(notification, contact.email(), role);
    }
}
