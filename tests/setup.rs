//! Key-worker setup codes: a setup survives the trip through a code, a link and a QR code (read
//! back by Debian's `zbarimg` and by the app's own scanner), only the spoken numbers open it,
//! every way a code can be wrong has its own error, and applying one adds exactly what the
//! preview showed and overwrites nothing.

use std::process::Command;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};

use harbour::core::contacts::{parse_phone, Contact, ContactInput, DaySet, Role, SlotInput};
use harbour::core::content::{Organisation, SecretKey};
use harbour::core::i18n::Catalogue;
use harbour::core::plan::{Line, Section};
use harbour::core::privacy::{KeyCost, PinError, KEY_COST};
use harbour::core::setup::{
    base64, plan_import, qr, seal_packed, setup_link, valid_until, AdultStatus, Import,
    ImportError, LanguageChoice, Moment, Reached, Sealed, Setup, SetupError, SetupKey,
    SpokenNumbers,
};
use harbour::core::store::Store;

mod support;

const ORIGIN: &str = "https://harbour.example";

/// The numbers the tests' codes are sealed with, as the key worker says them.
const SAID: &str = "4831 2209";

fn numbers() -> SpokenNumbers {
    SpokenNumbers::parse(SAID).expect("8 digits")
}

/// The cheapest cost Argon2 allows, so that thousands of codes take no time; the app's own
/// cost is tested once (`a_code_is_sealed_under_the_spoken_numbers_at_the_apps_cost`).
const CHEAP: KeyCost = KeyCost {
    memory_kib: 8,
    passes: 1,
    lanes: 1,
};

fn key() -> SetupKey {
    SetupKey::with_cost(&numbers(), CHEAP).expect("a key")
}

/// The code for a setup, sealed under `SAID`.
fn code(setup: &Setup) -> String {
    setup.to_code(&key()).expect("encodes")
}

/// What the young person's phone reads from a text, opened with `SAID`.
fn read(text: &str) -> Result<Setup, SetupError> {
    Sealed::from_text(text)?.open(&numbers())
}

fn adult(
    name: &str,
    role: Role,
    phone: &str,
    hours: &[(DaySet, &str, &str)],
    languages: &[&str],
) -> ContactInput {
    ContactInput {
        name: name.to_string(),
        role,
        phone: phone.to_string(),
        hours: hours
            .iter()
            .map(|(days, o, c)| SlotInput {
                days: *days,
                opens: o.to_string(),
                closes: c.to_string(),
            })
            .collect(),
        languages: languages.iter().map(|l| l.to_string()).collect(),
        out_of_hours: false,
    }
}

/// The tests' "now": codes are made and read at this moment.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0)
        .single()
        .expect("a date")
}

/// A setup with nothing in it but a language and the expiry a code made `now` has.
fn fresh() -> Setup {
    Setup {
        language: "en".into(),
        expires: Some(valid_until(now())),
        ..Setup::default()
    }
}

/// The case the issue sizes: three adults with hours and languages, ten plan lines.
fn welcome_meeting() -> Setup {
    let mut carer = adult(
        "Grace Okafor",
        Role::FosterCarer,
        "+447400123456",
        &[],
        &["en"],
    );
    carer.out_of_hours = true;
    Setup {
        expires: Some(valid_until(now())),
        language: "fa-AF".into(),
        name: Some("احمد".into()),
        area: Some("Bristol".into()),
        adults: vec![
            adult(
                "Sam Patel",
                Role::SocialWorker,
                "+447911123456",
                &[(DaySet::WEEKDAYS, "09:00", "17:00")],
                &["en"],
            ),
            adult(
                "Nasrin Rahimi",
                Role::KeyWorker,
                "+441172223333",
                &[
                    (DaySet::WEEKDAYS, "08:30", "18:00"),
                    (DaySet::WEEKEND, "10:00", "14:00"),
                ],
                &["fa-AF", "fa", "en"],
            ),
            carer,
        ],
        plan: vec![
            (
                Section::Leaving,
                "وقتی دلم برای خانواده‌ام تنگ می‌شود و نمی‌توانم بخوابم".into(),
            ),
            (
                Section::Leaving,
                "When someone I don't know messages me about work".into(),
            ),
            (
                Section::Helps,
                "Playing football at the youth club on Wednesdays".into(),
            ),
            (Section::Helps, "حرف زدن با نسرین در دفتر".into()),
            (
                Section::SafePlaces,
                "The mosque on Stapleton Road, and the library".into(),
            ),
            (
                Section::AskForHelp,
                "Nasrin at the office, or Grace at home".into(),
            ),
            (
                Section::IfMissing,
                "Text Nasrin or Grace: I want to come back".into(),
            ),
            (
                Section::IfMissing,
                "Call the Runaway Helpline on 116 000, it is free".into(),
            ),
            (
                Section::PhoneTaken,
                "Sam's number is written on the card in my wallet".into(),
            ),
            (
                Section::PhoneTaken,
                "Go to a police station and ask them to call Sam".into(),
            ),
        ],
    }
}

// ---------- round trips ----------

/// Through the code, and through the link, the setup comes back as it went in.
fn round_trip(case: &str, setup: Setup) {
    let code = setup
        .to_code(&key())
        .unwrap_or_else(|e| panic!("{case}: {e}"));
    assert_eq!(read(&code).as_ref(), Ok(&setup), "{case}: code");
    let link = setup_link(ORIGIN, &code);
    assert_eq!(read(&link).as_ref(), Ok(&setup), "{case}: link");
    assert_eq!(
        read(&format!("  {link}\n")).as_ref(),
        Ok(&setup),
        "{case}: pasted"
    );
}

#[test]
fn setups_round_trip_through_codes_and_links() {
    round_trip("welcome meeting", welcome_meeting());
    round_trip(
        "language only",
        Setup {
            language: "ti".into(),
            ..Setup::default()
        },
    );
    round_trip(
        "right-to-left names and lines",
        Setup {
            language: "ar".into(),
            name: Some("عمر".into()),
            area: Some("مانشستر".into()),
            adults: vec![adult(
                "سارة الأحمد",
                Role::Guardian,
                "+447911123456",
                &[(DaySet::EVERY_DAY, "22:00", "06:00")],
                &["ar"],
            )],
            plan: vec![(
                Section::Helps,
                "المشي مع صديقي \u{202B}بعد المدرسة\u{202C}".into(),
            )],
            expires: Some(valid_until(now())),
        },
    );
    round_trip(
        "Tigrinya, Kurdish and Vietnamese",
        Setup {
            language: "ckb".into(),
            name: Some("ሳሙኤል".into()),
            area: None,
            expires: None,
            adults: vec![adult(
                "Nguyễn Thị Hoa",
                Role::Other,
                "+84912345678",
                &[],
                &["vi", "ti", "ckb"],
            )],
            plan: vec![
                (Section::SafePlaces, "ئەو کەس و شوێنانەی".into()),
                (Section::AskForHelp, "ሓገዝ".into()),
            ],
        },
    );
    let long_line = "ب".repeat(300);
    round_trip(
        "longest plan line",
        Setup {
            language: "ps".into(),
            plan: vec![(Section::Leaving, long_line)],
            ..Setup::default()
        },
    );
}

// ---------- the spoken numbers ----------

#[test]
fn the_numbers_are_read_as_a_young_person_may_type_them() {
    let cases: [(&str, Result<&str, SetupError>); 10] = [
        ("4831 2209", Ok(SAID)),
        ("48312209", Ok(SAID)),
        (" 4831-2209 ", Ok(SAID)),
        ("۴۸۳۱ ۲۲۰۹", Ok(SAID)),
        ("٤٨٣١٢٢٠٩", Ok(SAID)),
        ("4831 220", Err(SetupError::NumbersIncomplete)),
        ("4831 22091", Err(SetupError::NumbersIncomplete)),
        ("4831 22o9", Err(SetupError::NumbersIncomplete)),
        ("", Err(SetupError::NumbersIncomplete)),
        ("４８３１２２０９", Err(SetupError::NumbersIncomplete)),
    ];
    for (typed, expected) in cases {
        assert_eq!(
            SpokenNumbers::parse(typed).map(|n| n.spoken()),
            expected.map(str::to_string),
            "{typed:?}"
        );
    }
    assert_eq!(
        format!("{:?}", numbers()),
        "SpokenNumbers(…)",
        "never logged"
    );
    let made: Vec<String> = (0..20)
        .map(|_| SpokenNumbers::random().expect("random").spoken())
        .collect();
    for said in &made {
        assert!(said.len() == 9 && said.as_bytes()[4] == b' ', "{said}");
        assert_eq!(SpokenNumbers::parse(said).expect("reads").spoken(), *said);
    }
    assert!(made.windows(2).any(|w| w[0] != w[1]), "random: {made:?}");
}

/// Security review H3: a link left in history, a scanner app or a chat shows nothing without
/// the numbers. Sealed at the app's own cost (written in the code), the code holds none of the
/// names, numbers or plan words, opens with the numbers and with nothing else, and two codes
/// of one setup differ.
#[test]
fn a_code_is_sealed_under_the_spoken_numbers_at_the_apps_cost() {
    let setup = welcome_meeting();
    let key = SetupKey::new(&numbers()).expect("a key");
    let code = setup.to_code(&key).expect("encodes");
    let frame = base64::decode(&code, base64::URL).expect("base64");
    assert_eq!(frame[9..13], KEY_COST.memory_kib.to_be_bytes(), "memory");
    assert_eq!(u32::from(frame[13]), KEY_COST.passes, "passes");
    let sealed = Sealed::from_text(&setup_link(ORIGIN, &code)).expect("reads");
    assert_eq!(sealed.open(&numbers()), Ok(setup.clone()));
    let wrong = SpokenNumbers::parse("4831 2208").expect("8 digits");
    assert_eq!(sealed.open(&wrong), Err(SetupError::WrongNumbers));

    let body = setup.to_body().expect("encodes");
    let words = [
        "Grace",
        "Okafor",
        "Sam Patel",
        "Nasrin",
        "447911123456",
        "Bristol",
        "احمد",
        "work",
    ];
    for word in words {
        assert!(
            String::from_utf8_lossy(&body).contains(word),
            "{word} is in the setup"
        );
        let bytes = word.as_bytes();
        assert!(
            !frame.windows(bytes.len()).any(|w| w == bytes) && !code.contains(word),
            "{word} is not in the code"
        );
    }
    for at in 0..frame.len() {
        if let Ok(inflated) = miniz_oxide::inflate::decompress_to_vec(&frame[at..]) {
            assert!(
                !String::from_utf8_lossy(&inflated).contains("Grace"),
                "nothing inflates to the setup"
            );
        }
    }
    assert_ne!(setup.to_code(&key).expect("encodes"), code, "a new nonce");
    let card = read(&code_of(&frame_of(&setup.for_card()))).expect("reads");
    assert_eq!(
        (card.plan.len(), card.adults),
        (0, setup.adults),
        "no plan lines on the card"
    );
}

/// Security review H2: a code signed with the key of an organisation the pack lists shows who
/// made it; unsigned, signed by anyone else, or with its signature changed, it shows as not
/// signed. The signature is inside the seal.
#[test]
fn a_code_signed_by_a_listed_organisation_says_who_made_it() {
    let council = SecretKey::from_seed([7; 32]);
    let stranger = SecretKey::from_seed([8; 32]);
    let listed = [Organisation {
        name: "Bristol Children's Services".into(),
        key: council.public(),
    }];
    let setup = welcome_meeting();
    let made_by = |code: &str| {
        let (opened, signed) = Sealed::from_text(code)
            .and_then(|s| s.open_signed(&numbers()))
            .expect("opens");
        assert_eq!(opened, setup, "the setup is the same, signed or not");
        signed.and_then(|s| s.by(&listed).map(|o| o.name.clone()))
    };
    let signed = setup.to_signed_code(&key(), Some(&council)).expect("signs");
    assert_eq!(
        made_by(&signed).as_deref(),
        Some("Bristol Children's Services")
    );
    assert_eq!(made_by(&code(&setup)), None, "unsigned");
    let by_stranger = setup
        .to_signed_code(&key(), Some(&stranger))
        .expect("signs");
    assert_eq!(made_by(&by_stranger), None, "signed by a key nobody listed");

    // The same body with one byte of the signature changed, or one byte of what it signs.
    let mut message = b"harbour setup v1\n".to_vec();
    let body = setup.to_body().expect("encodes");
    message.extend_from_slice(&body);
    let signature = council.sign_bytes(&message);
    for (case, at) in [("signature", body.len() + 3), ("setup", 1)] {
        let mut changed = body.clone();
        changed.extend_from_slice(&signature);
        changed[at] ^= 1;
        let packed = miniz_oxide::deflate::compress_to_vec(&changed, 10);
        let code = seal_packed(&packed, &key()).expect("seals");
        let read = Sealed::from_text(&code)
            .and_then(|s| s.open_signed(&numbers()))
            .map(|(_, signed)| signed.and_then(|s| s.by(&listed).cloned()));
        assert!(
            matches!(read, Ok(None) | Err(SetupError::Malformed)),
            "{case} changed: {read:?}"
        );
    }
    let no_expiry = Setup {
        expires: None,
        ..setup.clone()
    };
    assert_eq!(
        no_expiry.to_signed_code(&key(), Some(&council)),
        Err(SetupError::Malformed),
        "a signature follows the expiry"
    );
    let store = Store::in_memory().expect("store");
    let import = plan_import(
        &setup,
        listed.first(),
        checked_phones(&setup),
        &store.contacts().expect("contacts"),
        None,
        "en",
        Catalogue::embedded(),
        now(),
    )
    .expect("imports");
    assert_eq!(
        import.made_by.as_deref(),
        Some("Bristol Children's Services")
    );
}

#[test]
fn a_welcome_meeting_fits_a_qr_code_of_version_25_or_lower() {
    let code = code(&welcome_meeting());
    let link = setup_link(ORIGIN, &code);
    let drawn = qr::draw(&link).expect("fits a QR code");
    let frame = base64::decode(&code, base64::URL).expect("base64");
    let body = welcome_meeting().to_body().expect("encodes");
    eprintln!(
        "3 adults, 10 lines: body {} bytes, sealed frame {} bytes, code {} characters, link {} bytes, QR version {}",
        body.len(), frame.len(), code.len(), link.len(), drawn.version
    );
    assert!(drawn.version <= 25, "QR version {}", drawn.version);
    assert!(drawn.svg.starts_with("data:image/svg+xml;base64,"));
    assert!(drawn.png.starts_with("data:image/png;base64,"));
}

/// Whether Debian's `zbarimg` (zbar-tools, installed by scripts/setup.sh and on CI) can be run.
/// Without it a test says so and skips what needs it; on CI (`CI` set) a missing one fails, so
/// the check never silently stops running there.
fn zbarimg_is_installed(test: &str) -> bool {
    // Only whether it runs: its exit status is the test's business.
    let installed = Command::new("zbarimg").arg("--version").output().is_ok();
    if !installed {
        let on_ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
        assert!(
            !on_ci,
            "{test}: zbarimg is missing on CI (apt install zbar-tools)"
        );
        eprintln!("{test}: zbarimg is not installed, so the reading by an independent decoder is skipped (apt install zbar-tools)");
    }
    installed
}

#[test]
fn the_printed_qr_code_reads_back_with_zbarimg_and_the_apps_scanner() {
    let link = setup_link(ORIGIN, &code(&welcome_meeting()));
    let png = qr::png(&link, 6).expect("draws");
    if zbarimg_is_installed("the_printed_qr_code_reads_back_with_zbarimg_and_the_apps_scanner") {
        let dir = std::env::temp_dir().join(format!("harbour-qr-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let file = dir.join("card.png");
        std::fs::write(&file, &png).expect("writes");
        // An independent decoder.
        let out = Command::new("zbarimg")
            .args(["--raw", "--quiet", "-Sbinary"])
            .arg(&file)
            .output()
            .expect("zbarimg runs");
        let _ = std::fs::remove_dir_all(&dir);
        assert!(
            out.status.success(),
            "zbarimg: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let read = String::from_utf8(out.stdout).expect("utf-8");
        assert_eq!(read.trim_end_matches('\n'), link);
        assert_eq!(self::read(&read), Ok(welcome_meeting()));
    }

    // The app's own scanner, on the same picture as a camera frame.
    let decoder = png::Decoder::new(std::io::Cursor::new(&png));
    let mut reader = decoder.read_info().expect("png header");
    let mut grey = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut grey).expect("png data");
    let (w, h) = (info.width as usize, info.height as usize);
    assert_eq!(
        qr::scan(w, h, &grey[..w * h]).as_deref(),
        Some(link.as_str())
    );
    // Half a code in the frame is not a reading.
    assert_eq!(qr::scan(w, h / 2, &grey[..w * (h / 2)]), None);
    assert_eq!(qr::scan(w, h, &[]), None);
}

// ---------- bad codes ----------

fn frame_of(setup: &Setup) -> Vec<u8> {
    base64::decode(&code(setup), base64::URL).expect("base64")
}

fn code_of(frame: &[u8]) -> String {
    base64::encode(frame, base64::URL)
}

/// A frame around `packed` (compressed data), sealed under `SAID`, with a correct length and
/// checksum, marked as format `version`.
fn framed(version: u8, packed: &[u8]) -> String {
    let mut frame =
        base64::decode(&seal_packed(packed, &key()).expect("seals"), base64::URL).expect("base64");
    frame[2] = version;
    code_of(&frame)
}

fn refused(case: &str, text: &str, expected: SetupError) {
    assert_eq!(read(text), Err(expected), "{case}");
}

#[test]
fn every_way_a_code_can_be_wrong_has_its_own_error() {
    let good = code(&welcome_meeting());
    let link = setup_link(ORIGIN, &good);
    let frame = frame_of(&welcome_meeting());

    refused(
        "a web address",
        "https://example.com/news?id=4",
        SetupError::NotHarbour,
    );
    refused(
        "a Wi-Fi code",
        "WIFI:S:Home;T:WPA;P:secret;;",
        SetupError::NotHarbour,
    );
    refused("words", "hello there", SetupError::NotHarbour);
    refused(
        "another site's link",
        &format!("https://example.com/join#{good}"),
        SetupError::NotHarbour,
    );
    refused(
        "base64 that is not ours",
        "aGVsbG8gd29ybGQ",
        SetupError::NotHarbour,
    );

    refused(
        "link cut short",
        &link[..link.len() - 12],
        SetupError::Truncated,
    );
    refused(
        "code cut short",
        &good[..good.len() / 2],
        SetupError::Truncated,
    );
    refused(
        "only the header",
        &code_of(&frame[..6]),
        SetupError::Truncated,
    );
    refused(
        "link with no code",
        &setup_link(ORIGIN, ""),
        SetupError::Truncated,
    );

    let mut newer = frame.clone();
    newer[2] = harbour::core::setup::FORMAT + 1;
    refused(
        "from a newer Harbour",
        &code_of(&newer),
        SetupError::NewerVersion,
    );

    for bit in [0u8, 3, 7] {
        let mut flipped = frame.clone();
        let at = frame.len() - 20;
        flipped[at] ^= 1 << bit;
        refused(
            &format!("bit {bit} flipped"),
            &code_of(&flipped),
            SetupError::Damaged,
        );
    }

    refused(
        "five thousand characters",
        &"A".repeat(5000),
        SetupError::TooLarge,
    );
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0u8; 200_000], 10);
    refused(
        "a small code that unpacks huge",
        &framed(2, &bomb),
        SetupError::TooLarge,
    );
    let mut costly = frame.clone();
    costly[9..13].copy_from_slice(&(1024 * 1024u32).to_be_bytes());
    let crc = crc32fast::hash(&costly[9..]);
    costly[5..9].copy_from_slice(&crc.to_be_bytes());
    refused(
        "a code that asks for a gigabyte to open",
        &code_of(&costly),
        SetupError::TooLarge,
    );

    // Format 1 carried the setup unsealed: whatever it holds, it is too old.
    let mut unsealed = frame.clone();
    unsealed[2] = 1;
    refused("an unsealed code", &code_of(&unsealed), SetupError::Expired);
    refused(
        "an unsealed code cut to its header",
        &code_of(&unsealed[..9]),
        SetupError::Expired,
    );

    refused(
        "a link with stray characters",
        &format!("{link}!*"),
        SetupError::Malformed,
    );
    let mut longer = frame.clone();
    longer.push(0);
    refused(
        "bytes after the end",
        &code_of(&longer),
        SetupError::Malformed,
    );
    refused(
        "version zero",
        &framed(0, b"\x03\x00"),
        SetupError::Malformed,
    );
    refused(
        "not compressed",
        &framed(2, b"\xff\xff\xff\xff"),
        SetupError::Malformed,
    );
    let garbage = miniz_oxide::deflate::compress_to_vec(b"\x02en\x00\x00\x01\x03Sam", 10);
    refused(
        "a body that stops midway",
        &framed(2, &garbage),
        SetupError::Malformed,
    );
    // No app makes these (`to_code` checks first), so they are written byte by byte.
    refused(
        "an empty plan line",
        &framed(2, &packed_body("en", &[(1, "  ")])),
        SetupError::Malformed,
    );
    refused(
        "a language that is no code",
        &framed(2, &packed_body("en<script>", &[])),
        SetupError::Malformed,
    );
    assert_eq!(
        read(&framed(2, &packed_body("en", &[(1, "Football")]))).map(|s| s.plan.len()),
        Ok(1)
    );
}

/// A body laid out as `setup::wire` does (strings under 128 bytes: a one-byte length), with no
/// name, area or adults, compressed: for codes no app would make.
fn packed_body(language: &str, plan: &[(u8, &str)]) -> Vec<u8> {
    let mut body = Vec::new();
    let put = |body: &mut Vec<u8>, text: &str| {
        body.push(u8::try_from(text.len()).expect("a short string"));
        body.extend_from_slice(text.as_bytes());
    };
    put(&mut body, language);
    body.extend_from_slice(&[0, 0, 0]); // no name, no area, no adults
    body.push(u8::try_from(plan.len()).expect("a few lines"));
    for (section, line) in plan {
        body.push(*section);
        put(&mut body, line);
    }
    miniz_oxide::deflate::compress_to_vec(&body, 10)
}

/// A newer key worker's app of the same format may append fields after the plan (see
/// `setup::wire`): this app reads what it knows and ignores the rest. Bytes outside the
/// compressed body's length and checksum are still refused ("bytes after the end" above).
#[test]
fn fields_a_newer_writer_appends_after_the_plan_are_ignored() {
    for setup in [
        welcome_meeting(),
        Setup {
            language: "ti".into(),
            ..fresh()
        },
    ] {
        let mut body = setup.to_body().expect("encodes");
        // A string, a count and a time, as a later version of format 1 might add.
        body.extend_from_slice(b"\x05later\x02\x01\x02\x02\x58");
        let code = framed(
            harbour::core::setup::FORMAT,
            &miniz_oxide::deflate::compress_to_vec(&body, 10),
        );
        assert_eq!(read(&code).as_ref(), Ok(&setup), "{}", setup.language);
        assert_eq!(
            read(&setup_link(ORIGIN, &code)),
            Ok(setup.clone()),
            "{}: link",
            setup.language
        );
    }
}

#[test]
fn a_setup_too_big_for_a_qr_code_is_refused_when_it_is_made() {
    let mut big = welcome_meeting();
    // Words that do not compress: letters picked by a small random walk.
    let mut seed = 7u32;
    let mut letter = || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        char::from_u32(0x0627 + (seed >> 16) % 36).unwrap_or('ا')
    };
    big.plan = (0..40)
        .map(|_| (Section::Helps, (0..250).map(|_| letter()).collect()))
        .collect();
    let link = setup_link(
        ORIGIN,
        &big.to_code(&key()).expect("the body itself is allowed"),
    );
    assert_eq!(
        qr::draw(&link).map(|d| d.version),
        Err(SetupError::TooLarge)
    );
    let mut crowded = welcome_meeting();
    crowded.adults = vec![crowded.adults[0].clone(); 9];
    assert_eq!(crowded.to_code(&key()), Err(SetupError::TooLarge));
}

// ---------- what an import will do ----------

fn checked_phones(
    setup: &Setup,
) -> Vec<Result<harbour::core::contacts::Phone, harbour::core::contacts::PhoneError>> {
    setup.adults.iter().map(|a| parse_phone(&a.phone)).collect()
}

fn import_into(store: &Store, setup: &Setup) -> Import {
    let saved = store.contacts().expect("contacts");
    let signature = store.signature().expect("signature");
    plan_import(
        setup,
        None,
        checked_phones(setup),
        &saved,
        signature.as_deref(),
        "en",
        Catalogue::embedded(),
        now(),
    )
    .expect("imports")
}

fn saved_contact(store: &Store, name: &str, phone: &str, out_of_hours: bool) {
    let mut input = adult(name, Role::KeyWorker, phone, &[], &[]);
    input.out_of_hours = out_of_hours;
    let contact: Contact = input.check().expect("valid");
    store.save_contact(&contact).expect("saves");
}

#[test]
fn applying_a_setup_adds_what_the_preview_shows_and_overwrites_nothing() {
    let store = Store::in_memory().expect("store");
    saved_contact(&store, "Sam (my own entry)", "07911 123456", false);
    saved_contact(&store, "Emergency duty team", "0113 222 4403", true);
    store.set_signature("Ahmad").expect("signature");

    let import = import_into(&store, &welcome_meeting());
    assert_eq!(import.language, LanguageChoice::Installed("fa-AF"));
    assert_eq!(
        (import.name.as_deref(), import.kept_name.as_deref()),
        (None, Some("Ahmad"))
    );
    let statuses: Vec<(&str, AdultStatus, bool)> = import
        .adults
        .iter()
        .map(|(c, s)| (c.name.as_str(), *s, c.out_of_hours))
        .collect();
    assert_eq!(
        statuses,
        [
            ("Sam Patel", AdultStatus::AlreadySaved, false),
            ("Nasrin Rahimi", AdultStatus::New, false),
            ("Grace Okafor", AdultStatus::New, true),
        ]
    );
    assert_eq!(
        import.out_of_hours_kept.as_deref(),
        Some("Emergency duty team"),
        "the saved out-of-hours contact stays first"
    );

    store
        .apply_import(&import, "", Duration::ZERO)
        .expect("applies");
    let names: Vec<(String, String, bool)> = store
        .contacts()
        .expect("contacts")
        .into_iter()
        .map(|c| (c.name, c.phone.display, c.out_of_hours))
        .collect();
    assert_eq!(
        names,
        [
            (
                "Sam (my own entry)".to_string(),
                "+44 7911 123456".to_string(),
                false
            ),
            (
                "Emergency duty team".to_string(),
                "+44 113 222 4403".to_string(),
                true
            ),
            (
                "Nasrin Rahimi".to_string(),
                "+44 117 222 3333".to_string(),
                false
            ),
            (
                "Grace Okafor".to_string(),
                "+44 7400 123456".to_string(),
                true
            ),
        ]
    );
    assert_eq!(
        store.signature().expect("signature").as_deref(),
        Some("Ahmad")
    );
    assert_eq!(
        store.language().expect("language").as_deref(),
        Some("fa-AF")
    );
    assert_eq!(store.area().expect("area").as_deref(), Some("Bristol"));
    // A plan made together replaces the starter suggestions on a plan never opened.
    store.start_plan().expect("plan opens");
    let lines: Vec<(Section, Line)> = store
        .plan()
        .expect("plan")
        .into_iter()
        .map(|i| (i.section, i.line))
        .collect();
    let expected: Vec<(Section, Line)> = welcome_meeting()
        .plan
        .into_iter()
        .map(|(s, t)| (s, Line::Own(t)))
        .collect();
    assert_eq!(lines, expected);
}

/// Who the message reaches, as the preview names it: `None` for the helpline.
type Reaches = [(Option<&'static str>, Option<&'static str>); 3];
/// A case: what it shows, the adults saved, the adults the setup adds, who the message reaches
/// (before, after) at each moment, and the new adults named as reached at any time.
type RoutingCase = (
    &'static str,
    Vec<ContactInput>,
    Vec<ContactInput>,
    Reaches,
    &'static [&'static str],
);

/// Security review H2: a setup can come from anyone, so the preview shows who "I want to come
/// back" reaches on a weekday at 11:00 and 22:00 and on Saturday at 14:00, before and after,
/// and an adult with no set hours is named as taking over whatever nobody else can take.
#[test]
fn the_preview_names_who_the_message_reaches_at_three_moments_and_every_change() {
    let weekdays = [(DaySet::WEEKDAYS, "09:00", "17:00")];
    let social_worker = || {
        adult(
            "Sam Patel",
            Role::SocialWorker,
            "07911 123456",
            &weekdays,
            &[],
        )
    };
    let edt = || {
        let mut edt = adult("Duty team", Role::Other, "0113 222 4403", &[], &[]);
        edt.out_of_hours = true;
        edt
    };
    let stranger = || adult("Sarah", Role::SocialWorker, "07911 123999", &[], &[]);
    let new_edt = || {
        let mut carer = adult("Grace Okafor", Role::FosterCarer, "07400 123456", &[], &[]);
        carer.out_of_hours = true;
        carer
    };
    let cases: Vec<RoutingCase> = vec![
        (
            "an any-time adult takes the evenings and weekends from the out-of-hours contact",
            vec![social_worker(), edt()],
            vec![stranger()],
            [
                (Some("Sam Patel"), Some("Sam Patel")),
                (Some("Duty team"), Some("Sarah")),
                (Some("Duty team"), Some("Sarah")),
            ],
            &["Sarah"],
        ),
        (
            "on a new phone a daytime adult takes the daytime from the helpline",
            vec![],
            vec![social_worker()],
            [(None, Some("Sam Patel")), (None, None), (None, None)],
            &[],
        ),
        (
            "a new out-of-hours contact takes the evenings and weekends from the helpline",
            vec![social_worker()],
            vec![new_edt()],
            [
                (Some("Sam Patel"), Some("Sam Patel")),
                (None, Some("Grace Okafor")),
                (None, Some("Grace Okafor")),
            ],
            &[],
        ),
        (
            // The setup's out-of-hours adult is added after the young person's own, who stays
            // first: a code cannot take the evenings from them.
            "a new out-of-hours adult comes after the saved one: nothing changes",
            vec![social_worker(), edt()],
            vec![new_edt()],
            [
                (Some("Sam Patel"), Some("Sam Patel")),
                (Some("Duty team"), Some("Duty team")),
                (Some("Duty team"), Some("Duty team")),
            ],
            &[],
        ),
        (
            "an adult already saved keeps their place: nothing changes",
            vec![stranger(), edt()],
            vec![social_worker(), new_edt()],
            [
                (Some("Sarah"), Some("Sarah")),
                (Some("Sarah"), Some("Sarah")),
                (Some("Sarah"), Some("Sarah")),
            ],
            &[],
        ),
    ];
    for (case, saved, added, expected, any_time) in cases {
        let store = Store::in_memory().expect("store");
        for input in saved {
            store
                .save_contact(&input.check().expect("valid"))
                .expect("saves");
        }
        let import = import_into(
            &store,
            &Setup {
                language: "en".into(),
                adults: added,
                ..fresh()
            },
        );
        let name = |r: &Reached| match r {
            Reached::Adult { name, .. } => Some(name.clone()),
            Reached::Helpline => None,
        };
        let seen: Vec<(Moment, Option<String>, Option<String>)> = import
            .routing
            .iter()
            .map(|r| (r.moment, name(&r.before), name(&r.after)))
            .collect();
        let wanted: Vec<(Moment, Option<String>, Option<String>)> = Moment::ALL
            .into_iter()
            .zip(expected)
            .map(|(m, (b, a))| (m, b.map(String::from), a.map(String::from)))
            .collect();
        assert_eq!(seen, wanted, "{case}");
        let changes = expected.iter().any(|(b, a)| b != a);
        assert_eq!(import.changes_routing(), changes, "{case}");
        let named: Vec<&str> = import.any_time().map(|c| c.name.as_str()).collect();
        assert_eq!(named, any_time, "{case}");
        // And the store, once applied, routes exactly as the preview said.
        store
            .apply_import(&import, "", Duration::ZERO)
            .expect("applies");
        let again = import_into(
            &store,
            &Setup {
                language: "en".into(),
                ..fresh()
            },
        );
        let applied: Vec<Option<String>> = again.routing.iter().map(|r| name(&r.before)).collect();
        let promised: Vec<Option<String>> = import.routing.iter().map(|r| name(&r.after)).collect();
        assert_eq!(applied, promised, "{case}: applied as previewed");
    }
}

/// Security review H3: a link left in a browser's history, a chat or a scanner app stops
/// working. A code carries when it expires (a week after it is made, to the minute, through
/// the code and the link), and one past it, or with none (made before codes expired), adds
/// nothing.
#[test]
fn a_code_works_for_a_week_and_then_adds_nothing() {
    let made = welcome_meeting();
    assert_eq!(
        made.expires,
        Some(now() + chrono::Duration::days(7)),
        "a week after it is made"
    );
    let read = read(&setup_link(ORIGIN, &code(&made))).expect("reads");
    assert_eq!(read, made, "the expiry survives the code and the link");
    let import_at = |setup: &Setup, at: DateTime<Utc>| {
        plan_import(
            setup,
            None,
            checked_phones(setup),
            &[],
            None,
            "en",
            Catalogue::embedded(),
            at,
        )
        .map(|_| ())
    };
    let week = chrono::Duration::days(7);
    let expired = Err(ImportError::Setup(SetupError::Expired));
    let cases = [
        ("read at once", read.clone(), now(), Ok(())),
        (
            "a minute before it ends",
            read.clone(),
            now() + week - chrono::Duration::minutes(1),
            Ok(()),
        ),
        (
            "the minute it ends",
            read.clone(),
            now() + week,
            expired.clone(),
        ),
        (
            "a month later",
            read.clone(),
            now() + week * 4,
            expired.clone(),
        ),
        (
            "no expiry",
            Setup {
                expires: None,
                ..read
            },
            now(),
            expired,
        ),
    ];
    for (case, setup, at, expected) in cases {
        assert_eq!(import_at(&setup, at), expected, "{case}");
    }
}

/// Security review H2: someone holding the open phone cannot add adults with a code they
/// were sent; with a lock code set, the import needs it, and wrong ones count.
#[test]
fn with_a_lock_code_set_an_import_needs_it() {
    let store = Store::in_memory().expect("store");
    store.set_pin("735194", "735194").expect("code set");
    let import = import_into(&store, &welcome_meeting());
    for wrong in ["", "111111"] {
        assert_eq!(
            store.apply_import(&import, wrong, Duration::ZERO),
            Err(PinError::Wrong)
        );
    }
    assert_eq!(store.contacts().expect("contacts"), vec![], "nothing added");
    assert_eq!(
        store.apply_import(&import, "222222", Duration::ZERO),
        Err(PinError::Wait { seconds: 30 }),
        "counted like the lock screen's tries"
    );
    assert_eq!(
        store.apply_import(&import, "735194", Duration::from_secs(30)),
        Ok(())
    );
    assert_eq!(store.contacts().expect("contacts").len(), 3);
}

#[test]
fn a_first_setup_sets_the_name_and_a_missing_language_says_so() {
    let store = Store::in_memory().expect("store");
    let setup = Setup {
        language: "sw".into(),
        name: Some("Abdi".into()),
        ..fresh()
    };
    let import = import_into(&store, &setup);
    assert_eq!(
        import.language,
        LanguageChoice::Missing {
            asked: "sw".into(),
            used: "en"
        }
    );
    assert_eq!(import.name.as_deref(), Some("Abdi"));
    store
        .apply_import(&import, "", Duration::ZERO)
        .expect("applies");
    assert_eq!(
        store.signature().expect("signature").as_deref(),
        Some("Abdi")
    );
    assert_eq!(store.language().expect("language").as_deref(), Some("en"));
    let close = import_into(
        &store,
        &Setup {
            language: "fa-IR".into(),
            ..fresh()
        },
    );
    assert_eq!(close.language, LanguageChoice::Installed("fa"));
}

#[test]
fn a_number_no_phone_can_call_refuses_the_whole_setup_naming_the_adult() {
    let store = Store::in_memory().expect("store");
    let mut setup = welcome_meeting();
    setup.adults[1].phone = "+4412345".into();
    let saved = store.contacts().expect("contacts");
    let refused = plan_import(
        &setup,
        None,
        checked_phones(&setup),
        &saved,
        None,
        "en",
        Catalogue::embedded(),
        now(),
    );
    assert_eq!(
        refused,
        Err(ImportError::Adult {
            name: "Nasrin Rahimi".to_string()
        })
    );
    assert_eq!(
        refused.map_err(|e| e.message_id()),
        Err("setup-error-adult")
    );
}

#[test]
fn a_setup_that_fails_halfway_leaves_the_store_as_it_was() {
    let store = Store::in_memory().expect("store");
    let mut import = import_into(&store, &welcome_meeting());
    // A line no form could make, at the end: the adults before it must not stay.
    import.plan.push((Section::Helps, "x".repeat(400)));
    assert!(store.apply_import(&import, "", Duration::ZERO).is_err());
    assert!(store.contacts().expect("contacts").is_empty());
    assert_eq!(store.language().expect("language"), None);
    store.start_plan().expect("plan opens");
    assert!(store
        .plan()
        .expect("plan")
        .iter()
        .all(|i| matches!(i.line, Line::Suggestion(_))));
}

// ---------- never a panic, whatever the code ----------

/// Every mutation of a real setup — bits flipped, bytes cut, added or replaced, in the text, in
/// the frame (with a correct checksum, so it reaches the decompressor) and in the body (packed
/// properly, so it reaches the body reader) — reads as a setup or as one of the errors; none
/// panics, and a setup that reads back always encodes again.
#[test]
fn mutated_codes_never_panic() {
    let seeds: Vec<Setup> = vec![
        welcome_meeting(),
        Setup {
            language: "ti".into(),
            ..Setup::default()
        },
    ];
    let bodies: Vec<Vec<u8>> = seeds
        .iter()
        .map(|s| s.to_body().expect("encodes"))
        .collect();
    let packed: Vec<Vec<u8>> = bodies
        .iter()
        .map(|b| miniz_oxide::deflate::compress_to_vec(b, 10))
        .collect();
    let mut rng = support::Rng(0x9e37_79b9_7f4a_7c15);
    let mut read = 0usize;
    for i in 0..support::runs(20_000, 1000) {
        let which = i % seeds.len();
        let text = match rng.below(3) {
            0 => {
                let mut code = code(&seeds[which]).into_bytes();
                mutate(&mut code, &mut rng);
                String::from_utf8_lossy(&code).into_owned()
            }
            1 => {
                let mut packed = packed[which].clone();
                mutate(&mut packed, &mut rng);
                framed(2, &packed)
            }
            _ => {
                let mut body = bodies[which].clone();
                mutate(&mut body, &mut rng);
                framed(2, &miniz_oxide::deflate::compress_to_vec(&body, 6))
            }
        };
        if let Ok(setup) = self::read(&text) {
            read += 1;
            assert!(
                setup.to_code(&key()).is_ok(),
                "a setup that reads back encodes again: {text}"
            );
        }
    }
    assert!(
        read > 0,
        "some mutations still read as setups (the property is not vacuous)"
    );
}

fn mutate(bytes: &mut Vec<u8>, rng: &mut support::Rng) {
    for _ in 0..=rng.below(4) {
        let at = rng.below(bytes.len());
        match rng.below(5) {
            0 if !bytes.is_empty() => bytes[at] ^= 1 << rng.below(8),
            1 if !bytes.is_empty() => bytes[at] = rng.next() as u8,
            2 => bytes.insert(at.min(bytes.len()), rng.next() as u8),
            3 if !bytes.is_empty() => {
                bytes.remove(at);
            }
            _ => bytes.truncate(at),
        }
    }
}

/// Camera frames are outside input too: a real code's frame with noise, blocks painted over,
/// stripes and rows cut, and frames of pure noise, read as a code or as nothing, never a panic
/// (a panic in the scanner would stop the app on the web).
#[test]
fn mangled_camera_frames_never_panic() {
    let link = setup_link(ORIGIN, &code(&welcome_meeting()));
    let png = qr::png(&link, 4).expect("draws");
    let decoder = png::Decoder::new(std::io::Cursor::new(&png));
    let mut reader = decoder.read_info().expect("png header");
    let mut grey = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut grey).expect("png data");
    let (w, h) = (info.width as usize, info.height as usize);
    grey.truncate(w * h);
    let mut rng = support::Rng(0x5ca1_ab1e_f00d);
    let mut read = 0;
    for _ in 0..support::runs(120, 30) {
        let mut frame = grey.clone();
        let mut rows = h;
        for _ in 0..=rng.below(6) {
            match rng.below(5) {
                // Noise over a share of the pixels.
                0 => {
                    for _ in 0..rng.below(w * h / 10) {
                        frame[rng.below(w * h)] = rng.next() as u8;
                    }
                }
                // A block painted one colour.
                1 => {
                    let (x, y, side) = (rng.below(w), rng.below(h), rng.below(w / 3) + 1);
                    let colour = if rng.below(2) == 0 { 0 } else { 255 };
                    for yy in y..(y + side).min(h) {
                        for xx in x..(x + side).min(w) {
                            frame[yy * w + xx] = colour;
                        }
                    }
                }
                // Stripes: every n-th row or column dark.
                2 => {
                    let n = rng.below(7) + 2;
                    let columns = rng.below(2) == 0;
                    for (i, p) in frame.iter_mut().enumerate() {
                        if (if columns { i % w } else { i / w }) % n == 0 {
                            *p = 0;
                        }
                    }
                }
                // Pure noise.
                3 => frame.iter_mut().for_each(|p| *p = rng.next() as u8),
                // The bottom rows cut off.
                _ => rows = rows.min(rng.below(h) + 1),
            }
        }
        if qr::scan(w, rows, &frame[..w * rows]).as_deref() == Some(link.as_str()) {
            read += 1;
        }
    }
    assert!(
        read > 0,
        "some mangled frames still read (the property is not vacuous)"
    );
}
