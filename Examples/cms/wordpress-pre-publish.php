<?php
/**
 * Plugin Name: Copydesk pre-publish check
 * Description: Keeps a post a draft while `copydesk serve` finds errors in it (a weekday that
 *              contradicts its date, a stale "Updated 8 sec ago", an unbalanced quotation...).
 *
 * Settings (wp-config.php): COPYDESK_URL (default http://127.0.0.1:8080), COPYDESK_TOKEN.
 */

add_filter('wp_insert_post_data', function (array $data, array $postarr) {
    if ($data['post_status'] !== 'publish' || $data['post_type'] !== 'post') {
        return $data;
    }
    $url = defined('COPYDESK_URL') ? COPYDESK_URL : 'http://127.0.0.1:8080';
    $response = wp_remote_post($url . '/v1/check', [
        'timeout' => 5,
        'headers' => array_filter([
            'Content-Type' => 'application/json',
            'Authorization' => defined('COPYDESK_TOKEN') ? 'Bearer ' . COPYDESK_TOKEN : null,
        ]),
        'body' => wp_json_encode([
            'text' => wp_unslash($data['post_content']),
            'format' => 'html',
            'path' => 'posts/' . ($data['post_name'] ?: 'draft') . '.html',
            'referenceDate' => gmdate('c', strtotime($data['post_date_gmt'] ?: 'now')),
            'minLevel' => 'error',
        ]),
    ]);
    // Copydesk unreachable or over its time budget: publish, and say so in the log.
    if (is_wp_error($response) || wp_remote_retrieve_response_code($response) !== 200) {
        error_log('copydesk: check skipped: ' . (is_wp_error($response) ? $response->get_error_message() : wp_remote_retrieve_body($response)));
        return $data;
    }
    $report = json_decode(wp_remote_retrieve_body($response), true);
    $errors = array_filter($report['results'] ?? [], fn ($r) => $r['level'] === 'error' && !$r['suppressed']);
    if ($errors) {
        $data['post_status'] = 'draft';
        $messages = array_map(fn ($r) => sprintf('line %d: %s [%s]', $r['line'], $r['message'], $r['rule']), $errors);
        set_transient('copydesk_errors_' . get_current_user_id(), $messages, 60);
    }
    return $data;
}, 10, 2);

add_action('admin_notices', function () {
    $messages = get_transient('copydesk_errors_' . get_current_user_id());
    if (!$messages) {
        return;
    }
    delete_transient('copydesk_errors_' . get_current_user_id());
    echo '<div class="notice notice-error"><p><strong>Copydesk kept this post a draft:</strong></p><ul>';
    foreach ($messages as $message) {
        echo '<li>' . esc_html($message) . '</li>';
    }
    echo '</ul></div>';
});
