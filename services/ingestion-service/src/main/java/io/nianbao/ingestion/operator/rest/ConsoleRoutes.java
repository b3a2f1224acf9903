package io.nianbao.ingestion.operator.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The web console is a static app under {@code META-INF/resources/console/} (served at {@code /console/});
 * this sends {@code /console} there, so relative links in the page resolve.
 */
@ApplicationScoped
public class ConsoleRoutes {

    void routes(@Observes Router router) {
        router.get("/console").order(-1).handler(rc -> {
            if ("/console".equals(rc.normalizedPath())) {
                rc.redirect("/console/");
            } else {
                rc.next();
            }
        });
    }
}
