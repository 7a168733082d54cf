package marsad

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one exit status (cmd) and one HTTP status
// (internal/http), in exactly one place each.
const (
	ECONFLICT       = "conflict"
	EINTERNAL       = "internal"
	EINVALID        = "invalid"
	ENOTFOUND       = "not_found"
	ENOTIMPLEMENTED = "not_implemented"
	EUNAUTHORIZED   = "unauthorized"
	EFORBIDDEN      = "forbidden"
)

// Error is marsad's one error type: a machine code and a message that is safe
// to show to a user. Wrap it with fmt.Errorf("…: %w", err) for context; the
// code survives wrapping.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface with the user-safe message only, so
// that wrapped errors read naturally ("import x.csv: no column mapping");
// the code is for programs (ErrorCode).
func (e *Error) Error() string {
	return e.Message
}

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of the first *Error in err's
// chain, or a generic text for any other error.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
