package sim

// twarc2 output: Twitter API v2 response pages, one per line, as twarc2
// writes them (data, includes, errors, meta, __twarc).

const v2TimeLayout = "2006-01-02T15:04:05.000Z"

type v2Page struct {
	Data     any         `json:"data"`
	Includes *v2Includes `json:"includes,omitempty"`
	Errors   []v2Error   `json:"errors,omitempty"`
	Meta     *v2Meta     `json:"meta,omitempty"`
	Twarc    twarcMeta   `json:"__twarc"`
}

type v2Includes struct {
	Users  []v2User  `json:"users,omitempty"`
	Tweets []v2Tweet `json:"tweets,omitempty"`
	Media  []v2Media `json:"media,omitempty"`
}

type v2Meta struct {
	NewestID    string `json:"newest_id"`
	OldestID    string `json:"oldest_id"`
	ResultCount int    `json:"result_count"`
	NextToken   string `json:"next_token,omitempty"`
}

type twarcMeta struct {
	URL         string `json:"url"`
	Version     string `json:"version"`
	RetrievedAt string `json:"retrieved_at"`
}

type v2Error struct {
	Value        string `json:"value"`
	Detail       string `json:"detail"`
	Title        string `json:"title"`
	ResourceType string `json:"resource_type"`
	Parameter    string `json:"parameter"`
	ResourceID   string `json:"resource_id"`
	Type         string `json:"type"`
}

type v2Tweet struct {
	ID                  string         `json:"id"`
	Text                string         `json:"text"`
	AuthorID            string         `json:"author_id"`
	CreatedAt           string         `json:"created_at"`
	ConversationID      string         `json:"conversation_id"`
	Lang                string         `json:"lang"`
	InReplyToUserID     string         `json:"in_reply_to_user_id,omitempty"`
	ReferencedTweets    []v2Ref        `json:"referenced_tweets,omitempty"`
	Entities            *v2Entities    `json:"entities,omitempty"`
	Attachments         *v2Attachments `json:"attachments,omitempty"`
	PublicMetrics       v2TweetMetrics `json:"public_metrics"`
	PossiblySensitive   bool           `json:"possibly_sensitive"`
	ReplySettings       string         `json:"reply_settings"`
	Source              string         `json:"source"`
	EditHistoryTweetIDs []string       `json:"edit_history_tweet_ids"`
}

type v2Ref struct {
	Type string `json:"type"`
	ID   string `json:"id"`
}

type v2Entities struct {
	Hashtags []v2Tag     `json:"hashtags,omitempty"`
	Mentions []v2Mention `json:"mentions,omitempty"`
	URLs     []v2URL     `json:"urls,omitempty"`
}

type v2Tag struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Tag   string `json:"tag"`
}

type v2Mention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Username string `json:"username"`
	ID       string `json:"id"`
}

type v2URL struct {
	Start       int    `json:"start"`
	End         int    `json:"end"`
	URL         string `json:"url"`
	ExpandedURL string `json:"expanded_url"`
	DisplayURL  string `json:"display_url"`
	MediaKey    string `json:"media_key,omitempty"`
}

type v2Attachments struct {
	MediaKeys []string `json:"media_keys"`
}

type v2TweetMetrics struct {
	RetweetCount int `json:"retweet_count"`
	ReplyCount   int `json:"reply_count"`
	LikeCount    int `json:"like_count"`
	QuoteCount   int `json:"quote_count"`
}

type v2User struct {
	ID              string        `json:"id"`
	Username        string        `json:"username"`
	Name            string        `json:"name"`
	Description     string        `json:"description"`
	CreatedAt       string        `json:"created_at"`
	Location        string        `json:"location,omitempty"`
	ProfileImageURL string        `json:"profile_image_url"`
	Protected       bool          `json:"protected"`
	Verified        bool          `json:"verified"`
	URL             string        `json:"url"`
	PublicMetrics   v2UserMetrics `json:"public_metrics"`
}

type v2UserMetrics struct {
	FollowersCount int `json:"followers_count"`
	FollowingCount int `json:"following_count"`
	TweetCount     int `json:"tweet_count"`
	ListedCount    int `json:"listed_count"`
}

type v2Media struct {
	MediaKey string `json:"media_key"`
	Type     string `json:"type"`
	URL      string `json:"url"`
	Width    int    `json:"width"`
	Height   int    `json:"height"`
}
