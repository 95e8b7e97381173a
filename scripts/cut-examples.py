"""Cuts the documented request examples of subscriptions, customers, refunds, terminal, credit and
company (seed 000 lines 5163-8699) into
tests/fixtures/examples/<endpoint-id>.json, fixing only JSON syntax (each fix is listed in
docs/decisions/subscriptions-customers-refunds-terminal-credit-company.md). Run from the repo root:
FPGO_SEEDS=/path/to/seeds python3 scripts/cut-examples.py"""
import json, os, re
seed = open(os.path.join(os.environ.get('FPGO_SEEDS', '../shared/seeds'), '000_db4e2f9c8f21c34d.txt'), encoding='utf-8').read().split('\n')
def lines(a, b): return '\n'.join(seed[a-1:b])
fixes = {
  'subscriptions.create': (5189, 5227, [
      (r':\s*number \(optional\)', ': "number (optional)"'),
      (r':\s*number,', ': "number",'), (r':\s*number\n', ': "number"\n'),
      (r':\s*boolean,', ': "boolean",'), (r':\s*boolean\n', ': "boolean"\n'),
      (r',\n\s*// \(other fields[^\n]*', '')]),
  'subscriptions.createSession': (5428, 5479, []),
  'subscriptions.resend': (6191, 6196, []),
  'subscriptions.cancel': (6229, 6231, []),
  'customers.updatePrivate': (6546, 6567, []),
  'customers.updateCorporate': (6709, 6740, []),
  'refunds.requestApproval': (6918, 6930, [(r'("CHA3852658817"),\n', r'\1\n')]),
  'terminal.createOrder': (7165, 7214, []),
  'terminal.cancelOrder': (7528, 7530, []),
  'terminal.refund': (7807, 7817, []),
  'terminal.cancelRefund': (8038, 8040, []),
  'credit.checkPrivate': (8148, 8152, [(r': \+47,', ': "+47",'), (r': 46xxxxxx45', ': "46xxxxxx45"')]),
  'credit.checkCorporate': (8240, 8242, [(r'("993344228"),\n', r'\1\n')]),
  'company.requestCheck': (8406, 8413, []),
}
for eid, (a, b, subs) in fixes.items():
    text = lines(a, b)
    for pat, rep in subs:
        new = re.sub(pat, rep, text)
        assert new != text, (eid, pat)
        text = new
    value = json.loads(text)  # must parse after the syntax fixes
    with open(f'tests/fixtures/examples/{eid}.json', 'w', encoding='utf-8') as f:
        json.dump(value, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(eid, 'ok', a, b)
