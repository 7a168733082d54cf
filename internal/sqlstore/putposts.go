package sqlstore

import (
	"context"

	"github.com/marsad-project/marsad"
)

// postCols is the column list of posts, in the order of postArgs.
const postCols = `created_at, platform, id, account_id, account_handle, text, lang, kind,
	reply_to_post_id, reply_to_account_id, repost_of_post_id, repost_of_account_id,
	quoted_post_id, quoted_account_id, conversation_id, entities, source_id, source_line`

const nPostCols = 18

// postChunk is how many posts one INSERT carries.
const postChunk = 1024

// postKind returns p's kind, derived from its references when the importer
// left it empty (repost, then quote, then reply, else an original post); ok
// is false for a kind marsad does not know.
func postKind(p *marsad.Post) (kind marsad.PostKind, ok bool) {
	switch p.Kind {
	case marsad.PostOriginal, marsad.PostRepost, marsad.PostReply, marsad.PostQuote:
		return p.Kind, true
	case "":
		switch {
		case p.RepostOfPostID != "":
			return marsad.PostRepost, true
		case p.QuotedPostID != "":
			return marsad.PostQuote, true
		case p.ReplyToPostID != "":
			return marsad.PostReply, true
		}
		return marsad.PostOriginal, true
	}
	return "", false
}

func (im *importTx) postArgs(args []any, p *marsad.Post, kind marsad.PostKind) []any {
	var ent any // NULL when the post has no entities
	if hasEntities(p) {
		start := len(im.buf)
		im.buf = appendEntities(im.buf, p)
		ent = im.buf[start:len(im.buf):len(im.buf)]
	}
	return append(args,
		toMS(p.CreatedAt), clean(p.Platform), clean(p.ID), clean(p.AccountID), clean(p.AccountHandle),
		clean(p.Text), clean(p.Lang), string(kind),
		clean(p.ReplyToPostID), clean(p.ReplyToAccountID), clean(p.RepostOfPostID), clean(p.RepostOfAccountID),
		clean(p.QuotedPostID), clean(p.QuotedAccountID), clean(p.ConversationID),
		ent, im.src.ID, p.SourceLine)
}

// PutPosts stores posts whose (platform, id) is new and skips the others.
// Posts with media also get rows in the media table (only when the post
// itself is new, so that the table and the post's entities agree). A media
// item without a hash gets the one a media-hashes import recorded for its
// URL (fillPostMedia), in both places.
func (im *importTx) PutPosts(ctx context.Context, posts []marsad.Post) (int, error) {
	if err := im.check(); err != nil {
		return 0, err
	}
	if im.posts == nil {
		head := `INSERT INTO posts (` + postCols + `)`
		im.posts = newBatchInsert(im.s, im.tx, head, `ON CONFLICT DO NOTHING`, nPostCols, postChunk)
	}
	added := 0
	for len(posts) > 0 {
		n := min(len(posts), im.posts.chunk)
		chunk := posts[:n]
		posts = posts[n:]
		args := im.args[:0]
		im.buf = im.buf[:0]
		withMedia := false
		filled, err := im.fillPostMedia(ctx, chunk)
		if err != nil {
			return added, im.fail(err, "posts: known media hashes")
		}
		for i := range chunk {
			p := &chunk[i]
			if ms, ok := filled[i]; ok {
				cp := *p
				cp.Media = ms
				p = &cp
			}
			if p.Platform == "" || p.ID == "" || p.AccountID == "" {
				return added, marsad.Errorf(marsad.EINVALID, "post without platform, id or account (line %d)", p.SourceLine)
			}
			kind, ok := postKind(p)
			if !ok {
				return added, marsad.Errorf(marsad.EINVALID, "post %s has unknown kind %q (line %d)", p.ID, p.Kind, p.SourceLine)
			}
			withMedia = withMedia || len(p.Media) > 0
			args = im.postArgs(args, p, kind)
		}
		im.args = args[:0]
		c, err := im.posts.exec(ctx, args)
		if err != nil {
			return added, im.fail(err, "posts")
		}
		added += int(c)
		if withMedia {
			if err := im.putMedia(ctx, chunk, filled); err != nil {
				return added, err
			}
		}
	}
	return added, nil
}

// putMedia writes the media rows of the posts of chunk that this import
// inserted (with filled's media in place of a post's own, by index): a row is kept only when its post carries this import's source, so a post that was already stored (a duplicate) gets no media row
// and the media table always agrees with the posts' entities.
func (im *importTx) putMedia(ctx context.Context, chunk []marsad.Post, filled map[int][]marsad.Media) error {
	if im.media == nil {
		// The test is a correlated scalar subquery rather than a join so that
		// both databases look each post up by its unique index: PostgreSQL
		// plans a join against a table whose statistics still say "empty"
		// (a first import) as a hash join over every stored post.
		im.media = newBatchInsert(im.s, im.tx,
			`INSERT INTO media (platform, post_id, idx, url, type, local_path, phash, pdq, source_id)
			SELECT v.column1, v.column2, v.column3, v.column4, v.column5, v.column6, v.column7, v.column8, v.column9
			FROM (`,
			`) AS v WHERE (SELECT p.source_id FROM posts p WHERE p.platform = v.column1 AND p.id = v.column2) = v.column9
			ON CONFLICT DO NOTHING`, 9, 1024)
		t := "CAST(%s AS TEXT)"
		im.media.cast = []string{t, t, "CAST(%s AS BIGINT)", t, t, t, t, t, "CAST(%s AS BIGINT)"}
	}
	var args []any
	for i := range chunk {
		p := &chunk[i]
		ms := p.Media
		if f, ok := filled[i]; ok {
			ms = f
		}
		for j, m := range ms {
			args = append(args, clean(p.Platform), clean(p.ID), j, clean(m.URL), clean(m.Type),
				clean(m.LocalPath), clean(m.PHash), clean(m.PDQ), im.src.ID)
		}
	}
	if _, err := im.media.exec(ctx, args); err != nil {
		return im.fail(err, "media")
	}
	return nil
}
