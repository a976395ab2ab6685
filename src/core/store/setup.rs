//! Applying a key worker's setup: all of it in one savepoint, or none of it.

use std::time::Duration;

use super::{Store, StoreError};
use crate::core::privacy::PinError;
use crate::core::setup::Import;

use super::plan::PLAN_STARTED;

const AREA: &str = "area";

impl Store {
    /// Saves what the preview showed. When a lock code is set, `code` must be it (tried, and
    /// counted, like any code on the lock screen; see `unlock`): whoever holds an open phone
    /// cannot add adults with a code they were sent. A plan made together replaces the starter
    /// suggestions on a plan never opened; on a plan already started, the lines go after the
    /// young person's.
    pub fn apply_import(
        &self,
        import: &Import,
        code: &str,
        running: Duration,
    ) -> Result<(), PinError> {
        // Without a code set, `unlock` lets anything through.
        self.unlock(code, running)?;
        Ok(self.atomically(|store| {
            store.set_language(import.language.code())?;
            if let Some(name) = &import.name {
                store.set_signature(name).map_err(|e| match e {
                    super::SignatureError::Store(e) => e,
                    other => StoreError::Unavailable(other.to_string()),
                })?;
            }
            if let Some(area) = &import.area {
                store.set_setting(AREA, area)?;
            }
            for contact in import.new_adults() {
                store.put_contact(contact, false)?;
            }
            if !import.plan.is_empty() && store.setting(PLAN_STARTED)?.is_none() {
                store.set_setting(PLAN_STARTED, "1")?;
            }
            for (section, line) in &import.plan {
                store.add_plan_line(*section, line).map_err(|e| match e {
                    crate::core::plan::PlanError::Store(e) => e,
                    other => StoreError::Unavailable(other.to_string()),
                })?;
            }
            Ok::<(), StoreError>(())
        })?)
    }

    /// The area for places a setup chose, if any.
    pub fn area(&self) -> Result<Option<String>, StoreError> {
        self.setting(AREA)
    }

    /// Sets the area whose places and numbers Harbour asks for (a setup sets it too).
    pub fn set_area(&self, area: Option<&str>) -> Result<(), StoreError> {
        match area {
            Some(area) => self.set_setting(AREA, area),
            None => self.clear_setting(AREA),
        }
    }
}
