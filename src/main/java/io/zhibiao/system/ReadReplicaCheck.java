package io.zhibiao.system;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where plain reads go and what the standby looked like at the last check, in readiness; always UP: a
 * standby that stops sends reads to the primary, it must not take every pod out of the Service.
 */
@Readiness
@ApplicationScoped
class ReadReplicaCheck implements HealthCheck {

    @Inject
    ReadReplica replica;

    @Override
    public HealthCheckResponse call() {
        ReadReplica.State state = replica.state();
        return HealthCheckResponse.named("Read replica").up()
                .withData("reads", replica.serves() ? "standby" : "primary")
                .withData("standby", state.standby().name().toLowerCase(java.util.Locale.ROOT))
                .withData("lagBytes", state.lagBytes())
                .build();
    }
}
