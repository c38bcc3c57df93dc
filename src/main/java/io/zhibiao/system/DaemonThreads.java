package io.zhibiao.system;

import java.util.concurrent.ThreadFactory;

/** Background threads that never keep the JVM alive, named for thread dumps and profiles. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A factory of daemon threads that all carry this name. */
    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
