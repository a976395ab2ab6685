//! Every locale has every message of English, with the same variables, in valid Fluent, and every
//! message ID the code uses exists. Failures name the locale, file and ID.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use harbour::core::i18n::{Catalogue, SOURCE_LOCALE};

mod support;

/// Message ID → the variables it uses, for one file.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn inline_vars(expr: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match expr {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, out);
            }
            for arg in &arguments.named {
                inline_vars(&arg.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn expr_vars(expr: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expr {
        Expression::Inline(inline) => inline_vars(inline, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for variant in variants {
                pattern_vars(&variant.value, out);
            }
        }
    }
}

fn pattern_vars(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expr_vars(expression, out);
        }
    }
}

/// Parses one file; a syntax error or duplicate ID is returned as a failure line.
fn messages(code: &str, file: &str, source: &str, failures: &mut Vec<String>) -> Messages {
    let resource = match parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for e in errors {
                failures.push(format!(
                    "{code}/{file}: syntax error {:?} at {:?}",
                    e.kind, e.pos
                ));
            }
            resource
        }
    };
    let mut out = Messages::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            match &message.value {
                Some(value) => pattern_vars(value, &mut vars),
                None => failures.push(format!("{code}/{file}: {} has no value", message.id.name)),
            }
            if out.insert(message.id.name.to_string(), vars).is_some() {
                failures.push(format!(
                    "{code}/{file}: {} is defined twice",
                    message.id.name
                ));
            }
        }
    }
    out
}

fn all_files() -> BTreeMap<&'static str, BTreeMap<&'static str, &'static str>> {
    let mut by_locale: BTreeMap<_, BTreeMap<_, _>> = BTreeMap::new();
    for (code, file, source) in Catalogue::embedded().raw_files() {
        by_locale.entry(code).or_default().insert(file, source);
    }
    by_locale
}

#[test]
fn every_locale_has_every_english_message_with_the_same_variables() {
    let mut failures = Vec::new();
    let files = all_files();
    let english = &files[SOURCE_LOCALE];
    for (code, locale_files) in &files {
        for (file, en_source) in english {
            let en = messages(SOURCE_LOCALE, file, en_source, &mut Vec::new());
            let Some(source) = locale_files.get(file) else {
                failures.push(format!("{code}/{file}: file is missing"));
                continue;
            };
            let theirs = messages(code, file, source, &mut failures);
            for (id, vars) in &en {
                match theirs.get(id) {
                    None => failures.push(format!("{code}/{file}: {id} is missing")),
                    Some(v) if v != vars => failures.push(format!(
                        "{code}/{file}: {id} uses variables {v:?}, English uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !en.contains_key(*id)) {
                failures.push(format!("{code}/{file}: {id} is not in English"));
            }
        }
        for file in locale_files.keys().filter(|f| !english.contains_key(*f)) {
            failures.push(format!("{code}/{file}: file has no English original"));
        }
    }
    assert!(
        failures.is_empty(),
        "locale problems:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_locale_folder_has_readable_metadata() {
    let failures: Vec<String> = Catalogue::embedded_codes()
        .filter_map(|(code, info)| {
            info.err()
                .map(|e| format!("locales/{code}/locale.json: {e}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        Catalogue::embedded().get(SOURCE_LOCALE).is_some(),
        "English must be embedded"
    );
}

/// Every string literal in `src/` that looks like one of our message IDs (it starts with an
/// area prefix that English uses) must exist in English.
#[test]
fn every_message_id_in_the_code_exists_in_english() {
    let files = all_files();
    let mut english = BTreeSet::new();
    for (file, source) in &files[SOURCE_LOCALE] {
        english.extend(messages(SOURCE_LOCALE, file, source, &mut Vec::new()).into_keys());
    }
    let prefixes: BTreeSet<String> = english
        .iter()
        .filter_map(|id| id.split('-').next())
        .map(|p| format!("{p}-"))
        .collect();
    let mut missing = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for literal in text.split('"').map(|s| s.trim_end_matches('\\')) {
            let looks_like_id = !literal.is_empty()
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && prefixes.iter().any(|p| literal.starts_with(p.as_str()))
                && !literal.ends_with('-');
            if looks_like_id && !english.contains(literal) {
                missing.push(format!("{}: {literal}", path.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "message IDs used in code but not in English:\n{}",
        missing.join("\n")
    );
}

/// Whatever the arguments — empty, huge, right-to-left overrides, Fluent syntax, control
/// characters — every message of every locale formats to some text without a panic.
/// `HARBOUR_FUZZ_ITERATIONS` (scripts/stress.sh) sets how many rounds of random arguments.
#[test]
fn every_message_formats_with_any_arguments() {
    const VALUES: &[&str] = &[
        "",
        "Sam",
        "سارة",
        "\u{202E}evil\u{202C}",
        "{ $name }",
        "<b>x</b>",
        "\n\r\t\0",
        "٠٧٩١١",
        "🙂👍🏽",
        "-1",
        "1e309",
        "NaN",
        "\u{2068}\u{2069}",
        "%s%n",
        "ሳሙኤል",
    ];
    let files = all_files();
    let mut all = Vec::new();
    for (code, locale_files) in &files {
        for (file, source) in locale_files {
            all.extend(
                messages(code, file, source, &mut Vec::new())
                    .into_iter()
                    .map(|(id, vars)| (*code, id, vars)),
            );
        }
    }
    // A quick pass by default; `HARBOUR_FUZZ_ITERATIONS` formats in all.
    let rounds = (support::runs(0, 0) / all.len().max(1)).max(3);
    let long = "ق".repeat(10_000);
    let mut rng = support::Rng(0x853c_49e6_748f_ea9b);
    let mut formatted = 0usize;
    let mut localizers = std::collections::HashMap::new();
    for (code, id, vars) in &all {
        let l = localizers
            .entry(*code)
            .or_insert_with(|| Catalogue::embedded().localizer(code));
        for _ in 0..rounds {
            let values: Vec<(String, &str)> = vars
                .iter()
                .map(|var| {
                    (
                        var.clone(),
                        VALUES
                            .get(rng.below(VALUES.len() + 1))
                            .copied()
                            .unwrap_or(long.as_str()),
                    )
                })
                .collect();
            let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            let text = l.tr_with(id, &args);
            assert!(
                !text.trim().is_empty(),
                "{code}/{id} formatted to nothing with {args:?}"
            );
            formatted += 1;
        }
        // Without its variables a message shows nothing rather than `{$name}`.
        if !vars.is_empty() {
            assert_eq!(l.tr_with(id, &[]), "", "{code}/{id} without its variables");
        }
    }
    eprintln!("{formatted} messages formatted with random arguments");
    assert!(formatted > 1000, "only {formatted} messages formatted");
}
