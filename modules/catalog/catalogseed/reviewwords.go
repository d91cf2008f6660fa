package catalogseed

// reviewWords are the catalog-wide pieces of a review; the department adds
// its own praise and gripes. Index 0 of the per-rating lists is for one star.
type reviewWords struct {
	titles     [5][]string
	openers    [5][]string
	closers    [5][]string
	firstNames []string
}

func newReviewWords() reviewWords {
	return reviewWords{
		titles: [5][]string{
			{"Disappointed", "Returned it", "Would not buy again", "Fell apart quickly", "Save your money", "Not worth it"},
			{"Not what I hoped", "Expected more", "Meh", "Disappointing quality", "Wouldn't recommend"},
			{"It's okay", "Decent but not amazing", "Mixed feelings", "Does the job", "Average", "Fine for the price"},
			{"Really good", "Very happy overall", "Solid choice", "Great, with one small catch", "Good value", "Would buy again", "Nice quality"},
			{"Love it", "Exactly what I was looking for", "Absolutely worth it", "Five stars", "Better than expected", "Highly recommend", "My new favorite", "Great quality", "Perfect"},
		},
		openers: [5][]string{
			{"Really disappointed with this {noun}.", "This didn't last long at all.", "I returned this after a week.", "I had high hopes for this {noun}, but no."},
			{"I wanted to like this {noun} more than I do.", "Not quite what the photos suggested.", "It's usable, but only just."},
			{"It's fine, but nothing special.", "This {noun} does what it says, mostly.", "I have mixed feelings about this one.", "Decent {noun} for the money."},
			{"Overall a really good {noun}.", "I'm happy with this purchase.", "Pretty much what I expected, in a good way.", "Solid {noun} from {brand}."},
			{"I've been using this {noun} for a few weeks now and I'm really impressed.", "Bought this as a gift and ended up getting one for myself.", "I did a lot of research before buying and this was the right call.", "Honestly one of the best purchases I've made this year.", "Second {noun} I've bought from {brand}, and it didn't disappoint."},
		},
		closers: [5][]string{
			{"I can't recommend it.", "Customer service was helpful with the return, at least.", "Look elsewhere."},
			{"Probably won't buy from {brand} again.", "For the price I expected better.", "Might work for someone less picky."},
			{"It'll do for now.", "Might work for you if that doesn't bother you.", "Okay for the price."},
			{"Would buy again.", "Recommended, with that one caveat.", "Good value overall."},
			{"Shipping was quick too.", "Would definitely recommend.", "Already thinking about ordering another one.", "Can't say enough good things."},
		},
		firstNames: []string{
			"Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Mia", "Lucas",
			"Isabella", "James", "Amelia", "Benjamin", "Harper", "Elijah", "Evelyn", "Daniel",
			"Abigail", "Henry", "Priya", "Arjun", "Mei", "Hiro", "Sofia", "Mateo", "Camila",
			"Diego", "Fatima", "Omar", "Aisha", "Yusuf", "Chloe", "Jack", "Grace", "Leo",
			"Zoe", "Samuel", "Nora", "David", "Hannah", "Gabriel", "Lily", "Julian", "Ella",
			"Ryan", "Maya", "Nathan", "Aria", "Caleb", "Ingrid", "Lars", "Anika", "Tomás",
			"Chiara", "Marco", "Wei", "Jun", "Kofi", "Amara", "Sean", "Siobhan", "Rosa",
			"Miguel", "Elena", "Pavel", "Katya", "Noor", "Ibrahim", "Ruth", "Walter", "Joan",
			"Frank", "Linda", "Carlos", "Ana", "Kevin", "Rachel", "Tyler", "Megan",
		},
	}
}
