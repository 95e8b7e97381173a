//! The i64 fast path and the i128 wide path give the same exact values (native only: proptest).

use super::*;
use crate::money::Ratio;
use proptest::prelude::*;

fn decimal(max_units: i128, max_scale: u32) -> impl Strategy<Value = Decimal> {
    (-max_units..=max_units, 0..=max_scale).prop_map(|(u, s)| Decimal::new(u, s).unwrap())
}

/// Taxes the documents list, merchants' own (12.5, 8.25) and odd ones.
fn tax() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0i128..=100).prop_map(|t| Decimal::new(t, 0).unwrap()),
        Just(Decimal::new(125, 1).unwrap()),
        Just(Decimal::new(825, 2).unwrap()),
        (0i128..=100_000).prop_map(|t| Decimal::new(t, 3).unwrap()),
    ]
}

fn line() -> impl Strategy<Value = Line> {
    // Units up to 10^19 reach past i64 now and then, so both paths run.
    let big = 10i128.pow(19);
    (decimal(big, 12), decimal(big, 12), decimal(big, 4), tax()).prop_map(|(q, r, d, t)| Line {
        quantity: q,
        rate: r,
        discount: Some(d),
        tax: t,
    })
}

fn small_line() -> impl Strategy<Value = Line> {
    (
        decimal(100_000, 3),
        decimal(100_000_000, 2),
        decimal(10_000, 2),
        tax(),
    )
        .prop_map(|(q, r, d, t)| Line {
            quantity: q,
            rate: r,
            discount: Some(d),
            tax: t,
        })
}

fn same_value(fast: fast::Frac, wide: &Ratio) -> bool {
    Ratio::new(i128::from(fast.num), i128::from(fast.den)).as_ref() == Some(wide)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn line_totals_agree(l in prop_oneof![line(), small_line()], given in decimal(10i128.pow(15), 4)) {
        if let Some(f) = fast::line_total(&l) {
            let w = wide::line_total(&l).unwrap();
            prop_assert!(same_value(f, &w));
            if let Some(within) = f.within_one_ore(&given) {
                prop_assert_eq!(within, wide::within_one_ore(&given, &w));
            }
            if let Some(m) = f.to_money() {
                prop_assert_eq!(m, w.round_money().unwrap());
            }
        }
    }

    #[test]
    fn summaries_agree(lines in prop::collection::vec(prop_oneof![line(), small_line()], 1..8), shipping in decimal(10_000, 2)) {
        if let Some(fast) = fast::summary(&lines) {
            let wide = wide::summary(&lines).unwrap();
            for (f, w) in fast.iter().zip(&wide) {
                prop_assert!(same_value(*f, w));
                if let Some(plus) = f.plus(&shipping) {
                    prop_assert!(same_value(plus, &w.checked_add(&Ratio::from(shipping)).unwrap()));
                }
            }
        }
    }

    #[test]
    fn computed_totals_agree(lines in prop::collection::vec(small_line(), 1..12)) {
        let any = TotalsOptions::any_rate();
        let lines: Vec<Line> = lines.into_iter().map(|mut l| {
            l.quantity = Decimal::new(l.quantity.units().abs().max(1), l.quantity.scale()).unwrap();
            l.rate = Decimal::new(l.rate.units().abs(), l.rate.scale()).unwrap();
            l.discount = None;
            l
        }).collect();
        let checked: Vec<CheckedLine> = lines.iter().enumerate().map(|(i, l)| check_line(i, l, &any)).collect::<Result<_, _>>().unwrap();
        for l in &lines {
            if let Some(ore) = fast::gross(&l.quantity, &l.rate) {
                prop_assert_eq!(Money::from_minor(ore), l.quantity.exact_product(&l.rate).unwrap().round_money().unwrap());
            }
        }
        if let Some(ore) = fast::sub_total(&checked) {
            prop_assert_eq!(Money::from_minor(ore), wide::sub_total(&checked).unwrap());
        }
    }

    #[test]
    fn decimals_compare_like_their_exact_values(a in decimal(i128::MAX / 2, 12), b in decimal(i128::MAX / 2, 12)) {
        // Against the exact difference of the two values (as fractions over 10^24, in i128 when it fits).
        let (ra, rb) = (Ratio::from(a), Ratio::from(b));
        if let Some(expected) = ra.cmp_exact(&rb) {
            prop_assert_eq!(a.cmp(&b), expected);
        }
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        prop_assert_eq!(a == b, a.cmp(&b) == std::cmp::Ordering::Equal);
    }
}
