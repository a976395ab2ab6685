//! A deployment that cannot ship the development key.
//!
//! The repository's pack key (`tests/fixtures/pack-dev.key`, public half in
//! `assets/content/pack-key.txt`) is public: anyone can sign packs an app that trusts it takes.
//! `build.rs` includes this file and refuses a release build that still trusts it unless the
//! build says it is for development (`HARBOUR_ALLOW_DEV_KEY=1`, set by `scripts/run.sh`,
//! `scripts/test.sh` and the benchmarks). Plain Rust with no dependencies, so the build script
//! and the tests share it.

/// The public half of the committed development key.
pub const DEVELOPMENT_KEY: &str = "j1t28Sc54Ax7WfaHz1KrIVrzs/av+SWeo6FusYjGVeo";

/// Whether a build may go ahead: `trusted` is the key the app will trust (the text of
/// `pack-key.txt`), `release` whether it is a release build, `allowed` whether the development
/// flag is set.
pub fn check_trusted_key(trusted: &str, release: bool, allowed: bool) -> Result<(), String> {
    if release && !allowed && trusted.trim() == DEVELOPMENT_KEY {
        return Err(
            "this release build trusts the development pack key, which is public: make a \
                    key (harbour-pack key), put its public half in assets/content/pack-key.txt \
                    and rebuild the default pack; or, for a development build, set \
                    HARBOUR_ALLOW_DEV_KEY=1"
                .to_string(),
        );
    }
    Ok(())
}
