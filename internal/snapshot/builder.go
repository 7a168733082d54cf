package snapshot

import (
	"strings"

	"github.com/marsad-project/marsad"
)

type pkey struct {
	plat uint8
	id   string
}

// Builder accumulates posts, accounts, follows and status changes and turns
// them into a Snapshot. Records may arrive in any order (posts are sorted by
// Build); a post id seen twice keeps the first record. Builder copies what it
// keeps, so the caller may reuse its records. Not safe for concurrent use.
type Builder struct {
	platIdx   map[string]uint8
	platforms []string

	acctIdx map[pkey]uint32
	acct    accountCols

	keyIdx  map[pkey]uint32 // post key (arrival order)
	keyID   []string
	keyPlat []uint8
	keyRow  []uint32 // builder row of the post with this key, or None

	// post rows in arrival order
	rowKey, author, ref, refAcct, replyTo, replyAcct, conv []uint32
	timeMS                                                 []int64
	kinds                                                  []Kind
	lang                                                   []uint16
	text                                                   Strings
	tags, mentions, urls, givenURLs                        flatList

	langIdx  map[string]uint16
	langs    []string
	tagIdx   map[string]uint32
	hashtags []string
	urlIdx   map[string]uint32
	urlList  []string

	follows  [][2]uint32
	statuses []StatusEvent

	scratch []uint32
}

type accountCols struct {
	ids                                                     []string
	plat                                                    []uint8
	known, verified                                         []bool
	handles, names, bios, locations, avatarURLs, avatarHash []string
	created, followers, following, postCounts               []int64
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{
		platIdx: map[string]uint8{},
		acctIdx: map[pkey]uint32{},
		keyIdx:  map[pkey]uint32{},
		langIdx: map[string]uint16{"": 0},
		langs:   []string{""},
		tagIdx:  map[string]uint32{},
		urlIdx:  map[string]uint32{},
	}
}

func (b *Builder) platform(p string) uint8 {
	if i, ok := b.platIdx[p]; ok {
		return i
	}
	if len(b.platforms) == 255 {
		return 254 // more platforms than anyone has; share the last slot
	}
	i := uint8(len(b.platforms))
	b.platIdx[strings.Clone(p)] = i
	b.platforms = append(b.platforms, strings.Clone(p))
	return i
}

// account interns (platform, id) and returns its index; "" is None.
func (b *Builder) account(plat uint8, id, handle string) uint32 {
	if id == "" {
		return None
	}
	if a, ok := b.acctIdx[pkey{plat, id}]; ok {
		if handle != "" && b.acct.handles[a] == "" {
			b.acct.handles[a] = strings.Clone(strings.TrimPrefix(handle, "@"))
		}
		return a
	}
	id = strings.Clone(id)
	a := uint32(len(b.acct.ids))
	b.acctIdx[pkey{plat, id}] = a
	c := &b.acct
	c.ids = append(c.ids, id)
	c.plat = append(c.plat, plat)
	c.known = append(c.known, false)
	c.verified = append(c.verified, false)
	c.handles = append(c.handles, strings.Clone(strings.TrimPrefix(handle, "@")))
	c.names = append(c.names, "")
	c.bios = append(c.bios, "")
	c.locations = append(c.locations, "")
	c.avatarURLs = append(c.avatarURLs, "")
	c.avatarHash = append(c.avatarHash, "")
	c.created = append(c.created, 0)
	c.followers = append(c.followers, -1)
	c.following = append(c.following, -1)
	c.postCounts = append(c.postCounts, -1)
	return a
}

// postKey interns a post id and returns its key; "" is None.
func (b *Builder) postKey(plat uint8, id string) uint32 {
	if id == "" {
		return None
	}
	if k, ok := b.keyIdx[pkey{plat, id}]; ok {
		return k
	}
	id = strings.Clone(id)
	k := uint32(len(b.keyID))
	b.keyIdx[pkey{plat, id}] = k
	b.keyID = append(b.keyID, id)
	b.keyPlat = append(b.keyPlat, plat)
	b.keyRow = append(b.keyRow, None)
	return k
}

// AddAccount adds or updates an account's profile (the latest call wins).
func (b *Builder) AddAccount(a *marsad.Account) {
	plat := b.platform(a.Platform)
	i := b.account(plat, a.ID, a.Handle)
	if i == None {
		return
	}
	c := &b.acct
	c.known[i] = true
	if a.Handle != "" {
		c.handles[i] = strings.Clone(strings.TrimPrefix(a.Handle, "@"))
	}
	c.names[i] = strings.Clone(a.DisplayName)
	c.bios[i] = strings.Clone(a.Bio)
	c.locations[i] = strings.Clone(a.Location)
	c.avatarURLs[i] = strings.Clone(a.AvatarURL)
	c.avatarHash[i] = strings.Clone(a.AvatarHash)
	c.verified[i] = a.Verified
	if !a.CreatedAt.IsZero() {
		c.created[i] = a.CreatedAt.UnixMilli()
	}
	c.followers[i], c.following[i], c.postCounts[i] = a.Followers, a.Following, a.PostCount
}

// AddFollow adds a follow edge (duplicates are removed by Build).
func (b *Builder) AddFollow(f marsad.Follow) {
	plat := b.platform(f.Platform)
	x, y := b.account(plat, f.FollowerID, ""), b.account(plat, f.FolloweeID, "")
	if x != None && y != None {
		b.follows = append(b.follows, [2]uint32{x, y})
	}
}

// AddStatus adds a status change.
func (b *Builder) AddStatus(c marsad.StatusChange) {
	a := b.account(b.platform(c.Platform), c.AccountID, c.Handle)
	if a == None {
		return
	}
	b.statuses = append(b.statuses, StatusEvent{Account: a, Status: c.Status, AtMS: c.ObservedAt.UnixMilli(), Handle: strings.Clone(c.Handle)})
}

// Len returns the number of posts added so far.
func (b *Builder) Len() int { return len(b.rowKey) }
