package ingest

import "encoding/json"

// The parts of Twitter API v2 objects that marsad reads.

type v2Page struct {
	Data     json.RawMessage `json:"data"`
	Includes struct {
		Users  []v2User  `json:"users"`
		Tweets []v2Tweet `json:"tweets"`
		Media  []v2Media `json:"media"`
	} `json:"includes"`
	Errors []v2Error `json:"errors"`
	Twarc  *v2Twarc  `json:"__twarc"`
}

type v2Twarc struct {
	RetrievedAt string `json:"retrieved_at"`
}

type v2Tweet struct {
	ID               string  `json:"id"`
	Text             string  `json:"text"`
	AuthorID         string  `json:"author_id"`
	CreatedAt        string  `json:"created_at"`
	ConversationID   string  `json:"conversation_id"`
	Lang             string  `json:"lang"`
	InReplyToUserID  string  `json:"in_reply_to_user_id"`
	ReferencedTweets []v2Ref `json:"referenced_tweets"`
	Entities         struct {
		Hashtags []struct {
			Tag string `json:"tag"`
		} `json:"hashtags"`
		Mentions []struct {
			Username string `json:"username"`
			ID       string `json:"id"`
		} `json:"mentions"`
		URLs []struct {
			URL         string `json:"url"`
			ExpandedURL string `json:"expanded_url"`
			UnwoundURL  string `json:"unwound_url"`
			MediaKey    string `json:"media_key"`
		} `json:"urls"`
	} `json:"entities"`
	Attachments struct {
		MediaKeys []string  `json:"media_keys"`
		Media     []v2Media `json:"media"` // flattened form
	} `json:"attachments"`
	NoteTweet *struct {
		Text string `json:"text"`
	} `json:"note_tweet"`
	Author   *v2User  `json:"author"`   // flattened form
	Username string   `json:"username"` // only set on user objects; tells them apart
	Twarc    *v2Twarc `json:"__twarc"`
}

// v2Ref is a referenced tweet: type and id, and in the flattened form the
// whole tweet inline.
type v2Ref struct {
	Type string `json:"type"`
	v2Tweet
}

type v2User struct {
	ID              string `json:"id"`
	Username        string `json:"username"`
	Name            string `json:"name"`
	Description     string `json:"description"`
	Location        string `json:"location"`
	URL             string `json:"url"`
	ProfileImageURL string `json:"profile_image_url"`
	Verified        bool   `json:"verified"`
	Protected       bool   `json:"protected"`
	CreatedAt       string `json:"created_at"`
	PublicMetrics   struct {
		Followers *int64 `json:"followers_count"`
		Following *int64 `json:"following_count"`
		Tweets    *int64 `json:"tweet_count"`
	} `json:"public_metrics"`
}

type v2Media struct {
	MediaKey        string `json:"media_key"`
	Type            string `json:"type"`
	URL             string `json:"url"`
	PreviewImageURL string `json:"preview_image_url"`
}

type v2Error struct {
	Value        string `json:"value"`
	Detail       string `json:"detail"`
	Title        string `json:"title"`
	ResourceType string `json:"resource_type"`
	ResourceID   string `json:"resource_id"`
	Parameter    string `json:"parameter"`
	Type         string `json:"type"`
}
