package database

import (
	"regexp"
	"strings"
)

var (
	// stringLit matches a single-quoted literal, with an optional E prefix and
	// doubled or backslash-escaped quotes inside.
	stringLit = regexp.MustCompile(`(?:\b[eE])?'(?:[^'\\]|''|\\.)*'`)
	// param matches a $n placeholder.
	param = regexp.MustCompile(`\$\d+`)
	// number matches a numeric literal that is not part of an identifier.
	number = regexp.MustCompile(`(?:^|\b|[-+])\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\b|\B\.\d+\b`)
	// inList matches IN followed by a parenthesised list of placeholders.
	inList = regexp.MustCompile(`(?i)\bIN\s*\(\s*\?(?:\s*,\s*\?)*\s*\)`)
	// valuesList matches VALUES followed by rows of placeholders.
	valuesList = regexp.MustCompile(`(?i)\bVALUES\s*\(\s*\?(?:\s*,\s*\?)*\s*\)(?:\s*,\s*\(\s*\?(?:\s*,\s*\?)*\s*\))*`)
	// space matches a run of whitespace.
	space = regexp.MustCompile(`\s+`)
)

// fingerprint normalises sql so that executions differing only in literal
// values, placeholder numbers, IN-list or VALUES-list lengths or whitespace
// share one key: literals and placeholders become ?, lists become (...).
func fingerprint(sql string) string {
	s := stringLit.ReplaceAllString(sql, "?")
	s = param.ReplaceAllString(s, "?")
	s = number.ReplaceAllStringFunc(s, keepSign)
	s = inList.ReplaceAllString(s, "IN (...)")
	s = valuesList.ReplaceAllString(s, "VALUES (...)")
	return strings.TrimSpace(space.ReplaceAllString(s, " "))
}

// keepSign replaces a matched number with ?, keeping a leading sign (which
// may be a binary operator, as in "a-1").
func keepSign(m string) string {
	if strings.HasPrefix(m, "-") || strings.HasPrefix(m, "+") {
		return m[:1] + "?"
	}
	return "?"
}
