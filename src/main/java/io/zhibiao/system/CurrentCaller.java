package io.zhibiao.system;

import jakarta.enterprise.context.RequestScoped;

/** The caller of this request, as the token filter found it; empty on reads, which need no token. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** The caller of a {@link RequiresToken} method; never null there. */
    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("No caller: the method is not marked @RequiresToken");
        }
        return caller;
    }
}
