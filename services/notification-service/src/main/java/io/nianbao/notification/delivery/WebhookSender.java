package io.nianbao.notification.delivery;

import io.nianbao.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** POSTs a notice's JSON to the agency's webhook, signed; any 2xx answer means delivered. */
@ApplicationScoped
public class WebhookSender {

    public static final String NOTICE_HEADER = "X-Nianbao-Notice-Id";

    private final NotificationConfig config;
    private final HttpClient client;

    public WebhookSender(NotificationConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.webhook().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @throws DeliveryException on a connection failure, a timeout or a non-2xx answer */
    public void send(String url, String noticeId, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.webhook().timeout())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(config.webhook().secret(), body))
                    .header(NOTICE_HEADER, noticeId)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UndeliverableException("回调地址无效 / invalid webhook URL: " + url);
        }
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryException("webhook: " + MailerEmailSender.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("webhook: interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryException("webhook answered HTTP " + response.statusCode());
        }
    }
}
