package catalogseed

func toys() department {
	return department{
		name: "Toys",
		brands: []string{
			"Brickly", "Tinkertown", "Wobble & Co", "Playwise", "Little Otter",
			"Puzzlewood", "Hoppity", "Marblemind", "Kiddo Labs", "Tumbletot",
			"Starling Toys", "Cubbie", "Pebble & Pine", "Wonderbox", "Jolly Fox",
			"Rocketroo", "Bumblebee Games", "Meeple Hollow", "Tiny Tinkers",
		},
		lines: []string{
			"Galaxy", "Safari", "Rainbow", "Rocket", "Jungle", "Ocean", "Dino",
			"Castle", "Robot", "Fairy Garden", "Pirate Cove", "Space Station",
			"Farmyard", "Treehouse", "Arctic",
		},
		openers: []string{
			"The {name} turns a rainy afternoon into an adventure.",
			"{brand} designs toys that grow with your child, and this {noun} is no exception.",
			"Screen-free fun for the whole family: the {name} is always a hit.",
			"Kids love it, parents love that it sparks imagination: the {name}.",
			"The {name} makes a gift they'll play with long after the wrapping is gone.",
		},
		features: []string{
			"Made with non-toxic, child-safe materials and finishes.",
			"Rounded edges and sturdy construction stand up to enthusiastic play.",
			"Encourages creativity, problem solving and fine motor skills.",
			"Comes in a sturdy box that doubles as storage.",
			"Tested to meet or exceed international toy safety standards.",
			"Designed with teachers and child development experts.",
		},
		closings: []string{
			"Recommended for ages 3 and up.",
			"Warning: contains small parts, not for children under 3.",
			"Wipe clean with a damp cloth.",
			"No batteries required.",
		},
		praise: []string{
			"My kids have played with it every day since it arrived.",
			"Great quality, nothing broke even after lots of rough play.",
			"Keeps them busy for hours without a screen.",
			"It made a perfect birthday gift.",
			"Even the adults in the house got hooked.",
			"The pieces are sturdy and the colors are bright.",
		},
		gripes: []string{
			"A few pieces were missing from the box.",
			"It broke within the first week.",
			"The instructions were hard to follow.",
			"Smaller than it looks in the pictures.",
			"My kids lost interest after a day.",
			"The paint started chipping off quickly.",
		},
		children: []leaf{
			{
				name:   "Building Sets",
				traits: []string{"Magnetic", "Wooden", "Interlocking", "Glow-in-the-Dark"},
				nouns:  []string{"Building Set", "Construction Kit", "Marble Run", "Tile Set"},
				features: []string{
					"{trait} pieces click together easily for small hands.",
					"Works with the other sets in the collection for bigger builds.",
					"An idea booklet includes dozens of builds to try.",
				},
				price: [2]int{20, 150},
				vary:  axis{name: "edition", values: []string{"Starter", "Standard", "Deluxe"}, ordered: true, step: 60},
			},
			{
				name:   "Puzzles",
				traits: []string{"Watercolor", "Vintage Map", "Wildlife", "Botanical", "Cityscape"},
				nouns:  []string{"Jigsaw Puzzle", "Wooden Puzzle", "Panoramic Puzzle", "Floor Puzzle"},
				features: []string{
					"Thick, precision-cut pieces fit snugly with a satisfying click.",
					"A matte finish reduces glare while you work.",
					"Includes a full-size poster of the finished {trait} artwork.",
				},
				price: [2]int{12, 45},
				vary:  axis{name: "pieces", values: []string{"300", "500", "1000", "1500"}, ordered: true, step: 20},
			},
			{
				name:   "Plush",
				traits: []string{"Super-Soft", "Weighted", "Organic Cotton", "Cuddly"},
				nouns:  []string{"Teddy Bear", "Bunny", "Fox", "Sloth", "Dragon", "Penguin"},
				features: []string{
					"{trait} fabric is perfect for bedtime cuddles.",
					"Embroidered eyes make it safe for the youngest fans.",
					"Surface washable to keep it fresh.",
				},
				price: [2]int{12, 60},
				vary:  smallMediumLarge(),
			},
			{
				name:   "Board Games",
				traits: []string{"Cooperative", "Strategy", "Family", "Party", "Word"},
				nouns:  []string{"Board Game", "Card Game", "Dice Game", "Trivia Game"},
				features: []string{
					"Plays in 30 minutes with 2 to 6 players.",
					"Simple to learn in one round, with enough depth to keep you coming back.",
					"A {trait} game that works for kids and adults alike.",
				},
				price: [2]int{15, 70},
				vary:  axis{name: "edition", values: []string{"Standard", "Deluxe"}, ordered: true, step: 50},
			},
		},
	}
}
