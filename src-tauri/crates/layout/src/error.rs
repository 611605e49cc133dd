//! Typed errors of the layout engine; messages come from `messages`. Owns error kinds only.

use crate::messages;

#[derive(Debug, thiserror::Error)]
pub enum LayoutError {
    #[error("{}", messages::unknown_theme(.0))]
    UnknownTheme(String),
    #[error("{}", messages::bad_board_size(*.0, *.1))]
    BadBoardSize(f64, f64),
    #[error("{}", messages::bad_margins(*.0, *.1))]
    BadMargins(f64, f64),
    #[error("{}", messages::typeset_failed(.0))]
    Typeset(String),
    #[error("{}", messages::bad_photo(.0))]
    BadPhoto(String),
}
