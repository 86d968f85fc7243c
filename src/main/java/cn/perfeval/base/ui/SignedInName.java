package cn.perfeval.base.ui;

import java.util.Optional;

/**
 * The name the top bar shows for the signed-in user: the person's display name (such as
 * 张填报（医疗保障局）), not the name they sign in with. The identity module provides it.
 */
public interface SignedInName {

    /** The signed-in user's display name; empty when nobody is signed in or the name is blank. */
    Optional<String> displayName();
}
