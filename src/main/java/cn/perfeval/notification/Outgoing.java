package cn.perfeval.notification;

import cn.perfeval.identity.Role;

/** A notification about to be stored, with where its recipient's mail goes (null: nowhere) and its role. */
record Outgoing(UserNotification notification, String email, Role role) {
}
