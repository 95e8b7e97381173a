<?php
// Runs Laravel's own Validator over the documented example payloads with the body rules of the
// endpoint tables. Input: a JSON file of endpoints (as serialized by fpgo::endpoints::Endpoint) and
// the fixtures directory. Output: one JSON object {endpointId: Validator::failed()} on stdout.
// Used by tests/endpoints_part2.rs (documented_examples_under_laravel).
require '/usr/share/php/Illuminate/Validation/autoload.php';
require '/usr/share/php/Illuminate/Translation/autoload.php';

use Illuminate\Translation\ArrayLoader;
use Illuminate\Translation\Translator;
use Illuminate\Validation\Factory;

[$_, $tablesFile, $fixturesDir] = $argv;
$factory = new Factory(new Translator(new ArrayLoader(), 'en'));
$out = new stdClass();
foreach (json_decode(file_get_contents($tablesFile), true, 512, JSON_THROW_ON_ERROR) as $endpoint) {
    $file = "$fixturesDir/{$endpoint['id']}.json";
    if (!is_file($file)) {
        continue;
    }
    $data = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
    $rules = [];
    foreach ($endpoint['fields'] as $field) {
        if ($field['location'] !== 'body') {
            continue;
        }
        // Server-only rules (`exists:<table>,uuid`) need the server's database: left out.
        // (`regex:` is always last, so an `exists:` segment never sits inside a pattern.)
        $rules[$field['name']] = trim(preg_replace('/(^|\|)exists:[^|]*/', '', $field['rules']), '|');
    }
    $validator = $factory->make($data, $rules);
    $validator->passes();
    $failed = new stdClass();
    foreach ($validator->failed() as $attribute => $byRule) {
        $failed->$attribute = array_keys($byRule);
    }
    $out->{$endpoint['id']} = $failed;
}
echo json_encode($out, JSON_THROW_ON_ERROR), "\n";
