<?php
// Runs Laravel's own Validator over example payloads with fpgo's rule tables (for
// tests/endpoint_tables.rs, documented_examples_under_laravel).
// Usage: php validate_examples.php <rules.json> <fixtures dir>
//   rules.json: {"<endpoint id>": {"<field>": ["rule", ...], ...}, ...} (the array form: a regex
//   with `|` inside stays one rule; server-only rules are already left out).
// Prints one line per endpoint that has a fixture: `<id> {"field":["Rule",...]}` or `<id> valid`.
declare(strict_types=1);

require '/usr/share/php/Illuminate/Validation/autoload.php';
require '/usr/share/php/Illuminate/Translation/autoload.php';

use Illuminate\Translation\ArrayLoader;
use Illuminate\Translation\Translator;
use Illuminate\Validation\Factory;

[$_, $rulesFile, $fixtures] = $argv + [null, null, null];
if ($rulesFile === null || $fixtures === null) {
    fwrite(STDERR, "usage: php validate_examples.php <rules.json> <fixtures dir>\n");
    exit(2);
}
$tables = json_decode((string) file_get_contents($rulesFile), true, 512, JSON_THROW_ON_ERROR);
$factory = new Factory(new Translator(new ArrayLoader(), 'en'));
ksort($tables);
foreach ($tables as $id => $rules) {
    $path = "$fixtures/$id.json";
    if (!is_file($path)) {
        continue;
    }
    // Decoded as PHP arrays, as Laravel's request does with a JSON body.
    $data = json_decode((string) file_get_contents($path), true, 512, JSON_THROW_ON_ERROR);
    $validator = $factory->make($data, $rules);
    if ($validator->passes()) {
        echo "$id valid\n";
        continue;
    }
    $failed = array_map(fn (array $rules) => array_keys($rules), $validator->failed());
    ksort($failed);
    echo "$id ", json_encode($failed, JSON_UNESCAPED_SLASHES), "\n";
}
