<?php
// Runs the documents' own callback verification code, verbatim, on generated callbacks.
//
// doc_callback_continue.php.txt is seed 000 lines 6394-6425 and doc_callback_break.php.txt is seed 000
// lines 8542-8558, byte for byte (tests/php_callback_conformance.rs checks this against the seeds).
// The only substitution: the secret line `$secretKey = '';` receives the test's secret.
//
// Input: JSON lines {"query": "...", "secret": "..."} on stdin. Output: one JSON line per input,
// {"continue": O, "break": O} where O is "true" (the code returned "Callback successfully
// processed."), "false" ("Checksum verification failed.") or "error" (a TypeError before or inside
// hash_equals: the code never reached a verdict).
declare(strict_types=0);
error_reporting(E_ALL);
set_error_handler(function () { return true; }); // warnings (Array to string, undefined key) are PHP's normal behaviour

function load_doc_code(string $file): Closure {
    $code = file_get_contents(__DIR__ . '/' . $file);
    $count = 0;
    $code = preg_replace("/\\\$secretKey = '';/", '$secretKey = $__secret;', $code, 1, $count);
    if ($count !== 1) { fwrite(STDERR, "secret line not found in $file\n"); exit(2); }
    return eval('return function ($__secret) { ' . $code . ' };');
}

$variants = ['continue' => load_doc_code('doc_callback_continue.php.txt'), 'break' => load_doc_code('doc_callback_break.php.txt')];

while (($line = fgets(STDIN)) !== false) {
    $case = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
    // parse_str() fills an array exactly as PHP fills $_GET (php_default_treat_data).
    $get = [];
    parse_str($case['query'], $get);
    $out = [];
    foreach ($variants as $name => $verify) {
        $_GET = $get;
        try {
            $result = $verify($case['secret']);
            $out[$name] = $result === 'Callback successfully processed.' ? 'true' : ($result === 'Checksum verification failed.' ? 'false' : 'unexpected');
        } catch (\TypeError $e) {
            $out[$name] = 'error';
        }
    }
    echo json_encode($out), "\n";
}
