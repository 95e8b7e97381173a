<?php
// Runs Laravel 8's own Validator (Debian's php-illuminate-validation) over JSON lines on stdin and
// prints `$validator->failed()` and the messages per case, for the differential test
// (tests/laravel_diff.rs). The messages come from Laravel 8's default English lines
// (tests/laravel/laravel-8-en-validation.php, a copy of ../shared/reference/), loaded into the
// Translator as a Laravel application loads resources/lang/en/validation.php.
//
// Input lines:  {"table": "name", "rules": {"field": "rule|string", ...}, "attributes": {...}}
//                   defines a rule table (`attributes`: optional custom attribute names)
//               {"case": 7, "table": "name", "payload": "<JSON text>"}       validates one payload
// Output lines: {"case": 7, "failed": {"products.0.tax": ["In"], ...},
//                "messages": {"products.0.tax": ["The selected products.0.tax is invalid."], ...}}
//               {"case": 7, "exception": "TypeError: ..."}                  when Laravel itself throws
// The payload travels as JSON text so that PHP's json_decode sees exactly the bytes serde_json saw.
require '/usr/share/php/Illuminate/Validation/autoload.php';
require '/usr/share/php/Illuminate/Translation/autoload.php';

use Illuminate\Translation\ArrayLoader;
use Illuminate\Translation\Translator;
use Illuminate\Validation\Factory;

error_reporting(E_ALL & ~E_DEPRECATED & ~E_WARNING & ~E_NOTICE);
$loader = new ArrayLoader();
$loader->addMessages('en', 'validation', require __DIR__ . '/laravel-8-en-validation.php');
$factory = new Factory(new Translator($loader, 'en'));
$tables = [];
$attributes = [];
while (($line = fgets(STDIN)) !== false) {
    $msg = json_decode($line, true);
    if (!is_array($msg)) {
        fwrite(STDERR, "bad input line\n");
        exit(2);
    }
    if (isset($msg['rules'])) {
        $tables[$msg['table']] = $msg['rules'];
        $attributes[$msg['table']] = $msg['attributes'] ?? [];
        continue;
    }
    $data = json_decode($msg['payload'], true, 512, JSON_BIGINT_AS_STRING * 0);
    if (!is_array($data)) {
        // Laravel only validates arrays; a scalar body is validated as an empty one.
        $data = [];
    }
    try {
        $v = $factory->make($data, $tables[$msg['table']], [], $attributes[$msg['table']]);
        $v->passes();
        $failed = [];
        foreach ($v->failed() as $attr => $rules) {
            $failed[(string) $attr] = array_keys($rules);
        }
        $messages = [];
        foreach ($v->errors()->toArray() as $attr => $lines) {
            $messages[(string) $attr] = $lines;
        }
        echo json_encode(['case' => $msg['case'], 'failed' => (object) $failed, 'messages' => (object) $messages]), "\n";
    } catch (\Throwable $e) {
        echo json_encode(['case' => $msg['case'], 'exception' => get_class($e) . ': ' . $e->getMessage()]), "\n";
    }
}
