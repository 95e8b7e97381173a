//! Applies a [`Recipe`] to a body: numbers, amounts, summary, dates, defaults.

use super::dates::Timestamp;
use super::recipes::{DateRule, DefaultValue, Lines, Recipe};
use super::{BuildError, BuildOptions};
use crate::money::{Decimal, Money, Ratio};
use crate::totals::{compute_totals, line_from_object, Line, TotalsError, TotalsOptions};
use serde_json::{Map, Value};

pub(super) fn prepare(
    recipe: &Recipe,
    body: &mut Map<String, Value>,
    options: &BuildOptions,
) -> Result<(), BuildError> {
    match recipe.lines {
        Lines::None => {}
        Lines::Order => order_lines(body, options, false, Summary::Full)?,
        Lines::Subscription => order_lines(body, options, false, Summary::PerCycle)?,
        Lines::Reservation => order_lines(body, options, true, Summary::NoDiscount)?,
        Lines::Charge => order_lines(body, options, true, Summary::TopLevelGrandTotal)?,
        Lines::PartialAmounts => partial_amounts(body),
    }
    dates(recipe, body, options)?;
    defaults(recipe, body);
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Summary {
    Full,
    PerCycle,
    NoDiscount,
    TopLevelGrandTotal,
}

fn money(m: Money) -> Value {
    Value::String(m.to_text())
}

/// A numeric string in canonical form (`"4500,50"` -> `"4500.50"`); numbers and anything that
/// is not a number are left for the rules to judge. Tax rates lose trailing zeros, since
/// Laravel's `in:0,12,15,25` compares strings.
fn normalize_number(value: &mut Value, is_tax: bool) {
    if let Value::String(s) = value {
        if let Ok(d) = Decimal::parse(s) {
            let d = if is_tax { d.normalized() } else { d };
            *value = Value::String(d.to_text());
        }
    }
}

fn totals_options(options: &BuildOptions) -> Result<TotalsOptions, BuildError> {
    TotalsOptions::with_rates(&options.validate.tax_rates).map_err(|cause| BuildError::Totals {
        field: "options.taxRates".into(),
        error: TotalsError::InvalidNumber {
            line: 0,
            field: "tax",
            cause,
        },
    })
}

/// The products' lines as `(key, object)`, for an array or an object keyed `"0"`, `"1"`, ...
fn lines_mut(products: &mut Value) -> Vec<(String, &mut Map<String, Value>)> {
    // Plain loops: each `filter_map(..).collect()` was an iterator of its own in the .wasm.
    let mut out = Vec::new();
    match products {
        Value::Array(items) => {
            for (i, v) in items.iter_mut().enumerate() {
                if let Value::Object(o) = v {
                    out.push((crate::text::uint(i), o));
                }
            }
        }
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if let Value::Object(o) = v {
                    out.push((k.clone(), o));
                }
            }
        }
        _ => {}
    }
    out
}

fn order_lines(
    body: &mut Map<String, Value>,
    options: &BuildOptions,
    implied_quantity: bool,
    summary: Summary,
) -> Result<(), BuildError> {
    let totals_options = totals_options(options)?;
    let Some(products) = body.get_mut("products") else {
        return Ok(());
    };
    let mut lines = lines_mut(products);
    let mut parsed: Vec<Line> = Vec::with_capacity(lines.len());
    for (_, line) in lines.iter_mut() {
        for (field, is_tax) in [
            ("quantity", false),
            ("rate", false),
            ("discount", false),
            ("tax", true),
            ("amount", false),
        ] {
            if let Some(v) = line.get_mut(field) {
                normalize_number(v, is_tax);
            }
        }
        match line_from_object(parsed.len(), line, implied_quantity) {
            Ok(l) => parsed.push(l),
            // Absent or malformed numbers: the endpoint's rules report them precisely.
            Err(_) => return Ok(()),
        }
    }
    if parsed.is_empty() {
        return Ok(());
    }
    let totals = compute_totals(&parsed, &totals_options).map_err(|error| {
        let key = error
            .line()
            .and_then(|i| lines.get(i))
            .map(|(k, _)| k.clone())
            .unwrap_or_default();
        let field = match error.field() {
            Some(f) => crate::text::concat(&["products.", &key, ".", f]),
            None => "products".to_string(),
        };
        BuildError::Totals { field, error }
    })?;
    for ((_, line), amount) in lines.iter_mut().zip(&totals.amounts) {
        // A sent amount was normalized above (normalizing it again changes nothing).
        put_money(line, "amount", Some(*amount));
    }
    let s = totals.order_summary;
    if summary == Summary::TopLevelGrandTotal {
        // A charge's grandTotal is the sum of the lines as sent (their amounts may be the caller's).
        let sum = sent_amount_sum(body.get("products")).unwrap_or(Ratio::from(s.grand_total));
        fill(body, "grandTotal", sum);
        return Ok(());
    }
    let entry = body
        .entry("orderSummary")
        .or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(summary_map) = entry else {
        return Ok(());
    };
    put_money(summary_map, "subTotal", Some(s.sub_total));
    put_money(summary_map, "totalTax", Some(s.total_tax));
    if summary != Summary::NoDiscount {
        put_money(summary_map, "totalDiscount", Some(s.total_discount));
    }
    put_money(summary_map, "grandTotal", Some(s.grand_total));
    if let Some(v) = summary_map.get_mut("shippingCost") {
        normalize_number(v, false);
    }
    if summary == Summary::PerCycle
        && summary_map
            .get("payablePerCycle")
            .is_none_or(Value::is_null)
    {
        // The only example has payablePerCycle = grandTotal (000:5428-5479).
        let grand = summary_map
            .get("grandTotal")
            .cloned()
            .unwrap_or(money(s.grand_total));
        summary_map.insert("payablePerCycle".into(), grand);
    }
    Ok(())
}

/// Σ `products.*.amount` when every amount is a number.
fn sent_amount_sum(products: Option<&Value>) -> Option<Ratio> {
    let lines = crate::totals::json_lines(products?)?;
    let mut sum = Ratio::ZERO;
    for (_, line) in lines {
        let a = Decimal::from_json(line.get("amount")?).ok()?;
        sum = sum.checked_add(&Ratio::from(a)).ok()?;
    }
    Some(sum)
}

/// Sets a top-level amount when absent.
fn fill(body: &mut Map<String, Value>, key: &str, exact: Ratio) {
    put_money(body, key, exact.round_money().ok());
}

/// Sets `key` to `amount` when absent or null (nothing when `amount` is `None`), else normalizes
/// the value sent. One copy for every amount the builders fill (it was inlined at each).
#[inline(never)]
fn put_money(map: &mut Map<String, Value>, key: &str, amount: Option<Money>) {
    if map.get(key).is_none_or(Value::is_null) {
        if let Some(m) = amount {
            map.insert(key.into(), money(m));
        }
    } else if let Some(v) = map.get_mut(key) {
        normalize_number(v, false);
    }
}

fn partial_amounts(body: &mut Map<String, Value>) {
    if let Some(products) = body.get_mut("products") {
        for (_, line) in lines_mut(products) {
            if let Some(v) = line.get_mut("amount") {
                normalize_number(v, false);
            }
        }
    }
    if let Some(sum) = sent_amount_sum(body.get("products")) {
        fill(body, "grandTotal", sum);
    }
}

fn dates(
    recipe: &Recipe,
    body: &mut Map<String, Value>,
    options: &BuildOptions,
) -> Result<(), BuildError> {
    if recipe.order_date_defaults_to_now && body.get("orderDate").is_none_or(Value::is_null) {
        if let Some(now) = options.now {
            body.insert(
                "orderDate".into(),
                Value::String(Timestamp::from_unix(now).to_text()),
            );
        }
    }
    for (field, rule) in recipe.dates {
        let Some(value) = body.get_mut(*field) else {
            continue;
        };
        let converted = match &*value {
            Value::Null => continue,
            // Already Unix seconds (also "1677047770.652", as a document sends, 000:5428-5479).
            Value::String(s)
                if Decimal::parse(s).is_ok_and(|d| !d.is_negative()) && !s.contains([',', ' ']) =>
            {
                continue
            }
            other => Timestamp::from_json(other),
        };
        match (converted, rule) {
            (Ok(t), _) => *value = Value::String(t.to_text()),
            (Err(_), DateRule::Lenient) if value.is_string() => {}
            (Err(error), _) => {
                return Err(BuildError::Date {
                    field: field.to_string(),
                    error,
                })
            }
        }
    }
    Ok(())
}

fn defaults(recipe: &Recipe, body: &mut Map<String, Value>) {
    for (path, value, _source) in recipe.defaults {
        let value = match value {
            DefaultValue::Bool(b) => Value::Bool(*b),
            DefaultValue::Int(i) => Value::from(*i),
            DefaultValue::Str(s) => Value::String((*s).to_string()),
        };
        set_default(body, path, value);
    }
}

/// Sets the dotted `path` when absent or null; never creates a missing parent object.
fn set_default(target: &mut Map<String, Value>, path: &str, value: Value) {
    match path.split_once('.') {
        None => {
            if target.get(path).is_none_or(Value::is_null) {
                target.insert(path.to_string(), value);
            }
        }
        Some((first, rest)) => {
            if let Some(Value::Object(inner)) = target.get_mut(first) {
                set_default(inner, rest, value);
            }
        }
    }
}
