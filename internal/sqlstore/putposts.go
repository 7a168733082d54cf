package sqlstore

import (
	"context"
	"database/sql"

	"github.com/marsad-project/marsad"
)

// postCols is the column list of posts, in the order of postArgs.
const postCols = `created_at, platform, id, account_id, account_handle, text, lang, kind,
	reply_to_post_id, reply_to_account_id, repost_of_post_id, repost_of_account_id,
	quoted_post_id, quoted_account_id, conversation_id, entities, source_id, source_line`

const nPostCols = 18

// postChunk is how many posts one INSERT carries.
const postChunk = 256

func (im *importTx) postArgs(args []any, p *marsad.Post) []any {
	var ent any // NULL when the post has no entities
	if hasEntities(p) {
		start := len(im.buf)
		im.buf = appendEntities(im.buf, p)
		ent = im.buf[start:len(im.buf):len(im.buf)]
	}
	return append(args,
		toMS(p.CreatedAt), clean(p.Platform), clean(p.ID), clean(p.AccountID), clean(p.AccountHandle),
		clean(p.Text), clean(p.Lang), clean(string(p.Kind)),
		clean(p.ReplyToPostID), clean(p.ReplyToAccountID), clean(p.RepostOfPostID), clean(p.RepostOfAccountID),
		clean(p.QuotedPostID), clean(p.QuotedAccountID), clean(p.ConversationID),
		ent, im.src.ID, p.SourceLine)
}

// PutPosts stores posts whose (platform, id) is new and skips the others.
// Posts with media also get rows in the media table (only when the post
// itself is new, so that the table and the post's entities agree).
func (im *importTx) PutPosts(ctx context.Context, posts []marsad.Post) (int, error) {
	if err := im.check(); err != nil {
		return 0, err
	}
	if im.posts == nil {
		head := `INSERT INTO posts (` + postCols + `)`
		im.posts = newBatchInsert(im.s, im.tx, head, `ON CONFLICT DO NOTHING`, nPostCols, postChunk)
		im.postsRet = newBatchInsert(im.s, im.tx, head, `ON CONFLICT DO NOTHING RETURNING platform, id`, nPostCols, postChunk)
	}
	added := 0
	for len(posts) > 0 {
		n := min(len(posts), im.posts.chunk)
		chunk := posts[:n]
		posts = posts[n:]
		args := im.args[:0]
		im.buf = im.buf[:0]
		withMedia := false
		for i := range chunk {
			p := &chunk[i]
			if p.Platform == "" || p.ID == "" || p.AccountID == "" {
				return added, marsad.Errorf(marsad.EINVALID, "post without platform, id or account (line %d)", p.SourceLine)
			}
			if p.Kind == "" {
				return added, marsad.Errorf(marsad.EINVALID, "post %s has no kind (line %d)", p.ID, p.SourceLine)
			}
			withMedia = withMedia || len(p.Media) > 0
			args = im.postArgs(args, p)
		}
		im.args = args[:0]
		if !withMedia {
			c, err := im.posts.exec(ctx, args)
			if err != nil {
				return added, im.fail(err, "posts")
			}
			added += int(c)
			continue
		}
		type key struct{ platform, id string }
		inserted := map[key]bool{}
		err := im.postsRet.query(ctx, args, func(rs *sql.Rows) error {
			var k key
			if err := rs.Scan(&k.platform, &k.id); err != nil {
				return err
			}
			inserted[k] = true
			return nil
		})
		if err != nil {
			return added, im.fail(err, "posts")
		}
		added += len(inserted)
		var media []marsad.Post
		for i := range chunk {
			p := &chunk[i]
			if len(p.Media) > 0 && inserted[key{clean(p.Platform), clean(p.ID)}] {
				media = append(media, *p)
			}
		}
		if err := im.putMedia(ctx, media); err != nil {
			return added, err
		}
	}
	return added, nil
}

// putMedia writes the media rows of newly inserted posts.
func (im *importTx) putMedia(ctx context.Context, posts []marsad.Post) error {
	if len(posts) == 0 {
		return nil
	}
	if im.media == nil {
		im.media = newBatchInsert(im.s, im.tx,
			`INSERT INTO media (platform, post_id, idx, url, type, local_path, phash, pdq, source_id)`,
			`ON CONFLICT DO NOTHING`, 9, 256)
	}
	var args []any
	for i := range posts {
		p := &posts[i]
		for j, m := range p.Media {
			args = append(args, clean(p.Platform), clean(p.ID), j, clean(m.URL), clean(m.Type),
				clean(m.LocalPath), clean(m.PHash), clean(m.PDQ), im.src.ID)
		}
	}
	if _, err := im.media.exec(ctx, args); err != nil {
		return im.fail(err, "media")
	}
	return nil
}
