package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// messages reads a chat's messages array one message at a time.
func (d *telegramDecoder) messages(ctx context.Context, chat *tgChat) error {
	if err := d.delim('['); err != nil {
		return err
	}
	if chat.ID == "" {
		d.sink.Notice("a chat's messages come before its id; its posts use the chat name as chat id")
		chat.ID = chat.Name
	}
	if strings.Contains(chat.Type, "channel") && chat.ID != "" {
		a := marsad.Account{Platform: d.platform, ID: "channel" + chat.ID, DisplayName: chat.Name, Followers: -1, Following: -1, PostCount: -1}
		if !d.authors[a.ID] {
			d.authors[a.ID] = true
			if err := d.sink.Account(&a); err != nil {
				return err
			}
		}
	}
	for d.dec.More() {
		if d.n%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		d.n++
		d.br.n = 0
		var m tgMessage
		if err := d.dec.Decode(&m); err != nil {
			if !decodeValueError(err) {
				return err // syntax or read error: the stream cannot go on
			}
			// The value was read whole; only its fields did not fit.
			if err := d.sink.Reject(d.n, "message is not a Telegram message object: "+shortErr(err), nil); err != nil {
				return err
			}
			continue
		}
		if err := d.message(&m, chat); err != nil {
			return err
		}
	}
	_, err := d.dec.Token()
	return err
}

// message emits one message.
func (d *telegramDecoder) message(m *tgMessage, chat *tgChat) error {
	if m.Type != "" && m.Type != "message" {
		d.service++
		return nil
	}
	if m.ID == "" {
		return d.sink.Reject(d.n, "message without id", nil)
	}
	author := m.FromID
	if author == "" && strings.Contains(chat.Type, "channel") {
		author = "channel" + chat.ID
	}
	if author == "" {
		return d.sink.Reject(d.n, "message "+m.ID.String()+" without from_id", nil)
	}
	created, ok := d.date(m)
	if !ok {
		return d.sink.Reject(d.n, "message "+m.ID.String()+": no readable date", nil)
	}
	if !d.authors[author] {
		d.authors[author] = true
		a := marsad.Account{Platform: d.platform, ID: author, DisplayName: m.From, Followers: -1, Following: -1, PostCount: -1, ObservedAt: created}
		if err := d.sink.Account(&a); err != nil {
			return err
		}
	}
	p := marsad.Post{Platform: d.platform, ID: chat.ID + "/" + m.ID.String(), AccountID: author, CreatedAt: created,
		Kind: marsad.PostOriginal, ConversationID: chat.ID, SourceLine: d.n}
	p.Text = tgText(m, &p)
	if m.ReplyTo != "" {
		p.Kind = marsad.PostReply
		p.ReplyToPostID = chat.ID + "/" + m.ReplyTo.String()
		p.ReplyToAccountID = d.replyTo[p.ReplyToPostID]
	}
	if m.ForwardedFrom != "" || m.ForwardedFromID != "" {
		p.Kind = marsad.PostRepost
		p.RepostOfAccountID = m.ForwardedFromID
		if p.RepostOfAccountID == "" {
			p.RepostOfAccountID = marsad.HandleID(m.ForwardedFrom)
		}
	}
	for _, f := range []struct{ path, typ string }{{m.Photo, "photo"}, {m.File, firstNonEmpty(m.MediaType, "file")}} {
		if f.path != "" && !strings.HasPrefix(f.path, "(File ") {
			addMedia(&p, f.path, f.typ)
		}
	}
	if len(d.replyTo) < maxReplyIndex {
		d.replyTo[p.ID] = author
	}
	return d.sink.Post(&p)
}

// date reads date_unixtime, or the zone-less local date as UTC.
func (d *telegramDecoder) date(m *tgMessage) (time.Time, bool) {
	if s, err := strconv.ParseInt(m.DateUnix, 10, 64); err == nil && s > 0 {
		return time.Unix(s, 0).UTC(), true
	}
	t, err := time.Parse("2006-01-02T15:04:05", m.Date)
	if err != nil {
		return time.Time{}, false
	}
	d.naive = true
	return t, true
}

// tgText joins the text (string or array of strings and entity objects) and
// collects mentions, hashtags and links into p.
func tgText(m *tgMessage, p *marsad.Post) string {
	ents := m.TextEntities
	var text string
	raw := bytes.TrimSpace(m.Text)
	switch {
	case len(raw) > 0 && raw[0] == '"':
		json.Unmarshal(raw, &text)
	case len(raw) > 0 && raw[0] == '[':
		var parts []json.RawMessage
		json.Unmarshal(raw, &parts)
		var b strings.Builder
		var fromText []tgEntity
		for _, part := range parts {
			var s string
			if json.Unmarshal(part, &s) == nil {
				b.WriteString(s)
				continue
			}
			var e tgEntity
			if json.Unmarshal(part, &e) == nil {
				b.WriteString(e.Text)
				fromText = append(fromText, e)
			}
		}
		text = b.String()
		if len(ents) == 0 {
			ents = fromText
		}
	}
	for _, e := range ents {
		switch e.Type {
		case "mention":
			h := strings.TrimPrefix(e.Text, "@")
			p.Mentions = append(p.Mentions, marsad.Mention{AccountID: marsad.HandleID(h), Handle: h})
		case "mention_name":
			if e.UserID != "" {
				p.Mentions = append(p.Mentions, marsad.Mention{AccountID: "user" + e.UserID.String(), Handle: e.Text})
			}
		case "hashtag":
			p.Hashtags = append(p.Hashtags, strings.TrimPrefix(e.Text, "#"))
		case "link":
			addURL(p, e.Text)
		case "text_link":
			addURL(p, e.Href)
		}
	}
	return text
}

// decodeValueError reports whether a json.Decoder.Decode error is about the
// value's content (wrong types), after which the stream is still in sync,
// rather than about the stream (syntax, truncation, read errors).
func decodeValueError(err error) bool {
	var se *json.SyntaxError
	var re *ReadError
	switch {
	case errors.As(err, &se), errors.As(err, &re), err == io.EOF, err == io.ErrUnexpectedEOF, errors.Is(err, errRecordTooLong):
		return false
	}
	return true
}
