package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/marsad-project/marsad"
)

// Telegram is the telegram format: Telegram Desktop's machine-readable
// export (result.json), either one chat ({name, type, id, messages}) or a
// full account export ({…, chats: {list: [chat…]}, left_chats: …}). The
// file is walked token by token and messages are decoded one at a time, so
// an export of many gigabytes streams in bounded memory.
//
// Mapping: post id "<chat id>/<message id>" (message ids are unique only
// within a chat); account id = from_id as exported ("user123",
// "channel123": the prefix keeps users and channels apart); text given as a
// string or as an array of strings and entity objects is joined; entities
// give mentions, hashtags and links; reply_to_message_id makes a reply;
// forwarded_from makes a repost that keeps its text (the original is not in
// the export); photo and file become media. Service messages (joins, pins…)
// are skipped with a notice.
var Telegram = Format{
	Name:        "telegram",
	Description: "Telegram Desktop chat export (result.json)",
	Detect:      detectTelegram,
	Decode:      decodeTelegram,
}

// detectTelegram accepts a single-chat export (messages with Telegram's
// date_unixtime/from_id fields, or an empty messages list beside name, type
// and id) or a full export (chats.list, personal_information).
func detectTelegram(head []byte) bool {
	s, ok := sniffJSON(head)
	if !ok || s.array {
		return false
	}
	if s.any("chats.list", "left_chats.list", "personal_information") {
		return true
	}
	if !s.has("messages") {
		return false
	}
	return s.any("messages.date_unixtime", "messages.from_id", "messages.text_entities") || s.has("name", "type", "id")
}

type tgMessage struct {
	ID              tgID            `json:"id"`
	Type            string          `json:"type"`
	Date            string          `json:"date"`
	DateUnix        string          `json:"date_unixtime"`
	From            string          `json:"from"`
	FromID          string          `json:"from_id"`
	Text            json.RawMessage `json:"text"`
	TextEntities    []tgEntity      `json:"text_entities"`
	ForwardedFrom   string          `json:"forwarded_from"`
	ForwardedFromID string          `json:"forwarded_from_id"`
	ReplyTo         tgID            `json:"reply_to_message_id"`
	Photo           string          `json:"photo"`
	File            string          `json:"file"`
	MediaType       string          `json:"media_type"`
}

type tgEntity struct {
	Type   string `json:"type"`
	Text   string `json:"text"`
	Href   string `json:"href"`
	UserID tgID   `json:"user_id"`
}

// tgID is an id given as a JSON number or string (exports differ).
type tgID string

func (id *tgID) UnmarshalJSON(b []byte) error {
	var n json.Number
	if err := json.Unmarshal(b, &n); err == nil {
		*id = tgID(n)
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("id is neither a number nor a string: %s", b)
	}
	*id = tgID(s)
	return nil
}

// String returns the id as text.
func (id tgID) String() string { return string(id) }

// tgChat is what is known of the chat whose messages are being read.
type tgChat struct {
	ID, Name, Type string
}

// telegramDecoder walks the export.
type telegramDecoder struct {
	dec      *json.Decoder
	br       *boundedReader
	sink     Sink
	platform string
	max      int
	n        int64 // messages read, for record numbers
	service  int
	authors  map[string]bool   // accounts already emitted
	replyTo  map[string]string // "<chat>/<msg>" → author, bounded
	naive    bool              // a date without zone was read as UTC
}

// maxReplyIndex bounds the message → author index used to fill
// ReplyToAccountID (about 100 bytes per entry).
const maxReplyIndex = 2_000_000

func decodeTelegram(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	br := &boundedReader{r: r, max: int64(opts.maxRecord()) + 64<<10}
	d := &telegramDecoder{dec: json.NewDecoder(br), br: br, sink: sink, platform: platformOr(opts, marsad.PlatformTelegram),
		max: opts.maxRecord(), authors: map[string]bool{}, replyTo: map[string]string{}}
	d.dec.UseNumber()
	err := d.object(ctx, true, &tgChat{})
	if d.service > 0 {
		sink.Notice(fmt.Sprintf("%d service messages (joins, pins, calls…) skipped", d.service))
	}
	if d.naive {
		sink.Notice("messages without date_unixtime: their local dates were read as UTC")
	}
	if err != nil {
		return d.fail(err)
	}
	return nil
}

// fail turns a syntax error or a truncated document into a reject of the
// rest of the file (messages before it are kept) and passes read errors on.
func (d *telegramDecoder) fail(err error) error {
	if err == errRecordTooLong || err == errTelegramShape {
		return d.sink.Reject(d.n+1, fmt.Sprintf("%v after message %d; the rest of the file was not read", err, d.n), nil)
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF // an empty or cut document
	}
	return syntaxOrRead(d.sink, d.n+1, err)
}

// errTelegramShape reports a document that is JSON but not an export.
var errTelegramShape = fmt.Errorf("not a Telegram export structure")

// object walks a JSON object that is the whole export (top) or a chat.
// The opening '{' has not been read yet.
func (d *telegramDecoder) object(ctx context.Context, top bool, chat *tgChat) error {
	if err := d.delim('{'); err != nil {
		return err
	}
	for d.dec.More() {
		d.br.n = 0
		tok, err := d.dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		switch {
		case key == "messages":
			if err := d.messages(ctx, chat); err != nil {
				return err
			}
		case top && (key == "chats" || key == "left_chats"):
			if err := d.chatList(ctx); err != nil {
				return err
			}
		case key == "id" || key == "name" || key == "type":
			var v any
			if err := d.dec.Decode(&v); err != nil {
				return err
			}
			s := fmt.Sprint(v)
			switch key {
			case "id":
				chat.ID = s
			case "name":
				chat.Name = s
			default:
				chat.Type = s
			}
		default:
			if err := d.skip(); err != nil {
				return err
			}
		}
	}
	_, err := d.dec.Token() // '}'
	return err
}

// chatList walks {"about": …, "list": [chat…]}.
func (d *telegramDecoder) chatList(ctx context.Context) error {
	if err := d.delim('{'); err != nil {
		return err
	}
	for d.dec.More() {
		tok, err := d.dec.Token()
		if err != nil {
			return err
		}
		if tok != "list" {
			if err := d.skip(); err != nil {
				return err
			}
			continue
		}
		if err := d.delim('['); err != nil {
			return err
		}
		for d.dec.More() {
			if err := d.object(ctx, false, &tgChat{}); err != nil {
				return err
			}
		}
		if _, err := d.dec.Token(); err != nil {
			return err
		}
	}
	_, err := d.dec.Token()
	return err
}

// delim reads one token and checks that it is the delimiter want.
func (d *telegramDecoder) delim(want json.Delim) error {
	tok, err := d.dec.Token()
	if err != nil {
		return err
	}
	if tok != want {
		return errTelegramShape
	}
	return nil
}

// skip consumes one value token by token, so that skipping a huge value
// (a long contacts list) never buffers it.
func (d *telegramDecoder) skip() error {
	depth := 0
	for {
		d.br.n = 0
		tok, err := d.dec.Token()
		if err != nil {
			return err
		}
		if dl, ok := tok.(json.Delim); ok {
			if dl == '{' || dl == '[' {
				depth++
			} else {
				depth--
			}
		}
		if depth == 0 {
			return nil
		}
	}
}
