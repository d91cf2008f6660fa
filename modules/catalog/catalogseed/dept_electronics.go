package catalogseed

func electronics() department {
	return department{
		name: "Electronics",
		brands: []string{
			"Nexon", "Voltis", "Auralis", "Kinetix", "Lumetra",
			"Sonaris", "Quantro", "Pixelle", "Zentra", "Arcadia Labs",
			"Helix Audio", "Ohmwave", "Tessellate", "Brightline", "Novacell",
			"Cirrus Tech", "Vantix", "Echelon", "Ampra",
		},
		lines: []string{
			"Pulse 40", "Nova X2", "Flux", "Echo Mini", "Aero Pro", "Vertex",
			"Orbit", "Spark 3", "Prism", "Nimbus", "Zen", "Quantum", "Volt Max",
			"Halo", "Arc 5",
		},
		openers: []string{
			"The {name} packs flagship features into a design that's easy to live with.",
			"{brand} engineered the {noun} around one idea: it should just work.",
			"Set it up in minutes and forget about it: the {name} takes care of the rest.",
			"Our most refined {noun} yet, now with {trait} performance.",
			"The {name} is small, smart and ready for everyday use.",
		},
		features: []string{
			"Certified to meet strict safety and energy-efficiency standards.",
			"Recycled aluminum and plastics make up most of the enclosure.",
			"USB-C charging means one cable for everything.",
			"An efficient chipset keeps it cool and stretches battery life.",
			"Works with phones, tablets and laptops from every major brand.",
			"Every unit is burned in and tested before it leaves the factory.",
		},
		closings: []string{
			"Includes a two-year limited warranty.",
			"Ships with a quick start guide and everything you need to get going.",
			"Compatible with iOS and Android.",
			"Free returns within 30 days.",
		},
		praise: []string{
			"Setup took less than five minutes.",
			"Works flawlessly with all of my devices.",
			"Everything about it feels well thought out.",
			"Build quality feels premium for the price.",
			"It worked with my phone right away, no fiddling required.",
			"It does exactly what it promises, every single day.",
		},
		gripes: []string{
			"It cuts out randomly a few times a day.",
			"It stopped working reliably after a few weeks.",
			"It feels cheaper than the price suggests.",
			"It stopped charging after two months.",
			"The instructions were confusing and setup took an hour.",
			"It runs warm even when idle.",
		},
		children: []leaf{
			{
				name:   "Headphones",
				traits: []string{"Wireless", "Noise-Cancelling", "Bluetooth", "Open-Ear", "Studio"},
				nouns:  []string{"Over-Ear Headphones", "Earbuds", "On-Ear Headphones", "Sport Earbuds"},
				features: []string{
					"Custom drivers deliver deep bass and crisp, detailed highs.",
					"Up to 30 hours of playback, and 10 minutes of charging adds three more.",
					"Soft memory-foam cushions stay comfortable through long flights.",
				},
				price: [2]int{29, 380},
				vary:  gadgetColors(),
			},
			{
				name:   "Speakers",
				traits: []string{"Portable", "Waterproof", "Bluetooth", "Smart", "Bookshelf"},
				nouns:  []string{"Speaker", "Soundbar", "Party Speaker", "Mini Speaker"},
				features: []string{
					"360-degree sound fills the room without distortion at high volume.",
					"Pair two for true stereo separation.",
					"The {trait} design goes from the kitchen to the patio.",
				},
				price: [2]int{30, 450},
				vary:  gadgetColors(),
			},
			{
				name:   "Chargers & Cables",
				traits: []string{"Fast-Charging", "Braided", "GaN", "Magnetic", "Wireless"},
				nouns:  []string{"USB-C Cable", "Wall Charger", "Power Bank", "Charging Stand", "Car Charger"},
				features: []string{
					"Delivers up to 65 W, enough to charge a laptop at full speed.",
					"Built-in protection guards against overheating and overcharging.",
					"Compact enough to carry in a pocket or a laptop sleeve.",
				},
				price: [2]int{10, 55},
				vary:  packSizes(),
				fixed: []axis{{name: "color", values: []string{"Black", "White"}}},
			},
			{
				name:   "Smart Home",
				traits: []string{"Wi-Fi", "Smart", "Voice-Controlled", "Motion-Sensing", "Zigbee"},
				nouns:  []string{"Smart Plug", "Video Doorbell", "Indoor Camera", "Thermostat", "Smart Bulb Kit", "Door Sensor"},
				features: []string{
					"Works with the major voice assistants and home hubs.",
					"Schedules and automations run locally, even when the internet is down.",
					"End-to-end encryption keeps your data private.",
				},
				price: [2]int{20, 250},
				vary:  packSizes(),
			},
			{
				name:   "Wearables",
				traits: []string{"GPS", "Fitness", "Smart", "Solar", "Waterproof"},
				nouns:  []string{"Smartwatch", "Fitness Tracker", "Sport Watch", "Smart Ring"},
				features: []string{
					"Tracks heart rate, sleep and over 100 workout types.",
					"Water resistant to 50 meters for swimming and showers.",
					"A bright always-on display is easy to read in direct sun.",
				},
				price: [2]int{49, 450},
				vary:  gadgetColors(),
				fixed: []axis{{name: "case", values: []string{"40 mm", "44 mm"}}},
			},
			{
				name:   "Storage & Memory",
				traits: []string{"Portable", "Rugged", "NVMe", "High-Speed"},
				nouns:  []string{"SSD", "Memory Card", "USB Flash Drive", "External Drive"},
				features: []string{
					"Read speeds up to 1,050 MB/s move a full-length movie in seconds.",
					"Drop resistant up to two meters and sealed against dust and water.",
					"Hardware encryption protects your files with a password.",
				},
				price: [2]int{15, 180},
				vary:  axis{name: "capacity", values: []string{"128 GB", "256 GB", "512 GB", "1 TB", "2 TB"}, ordered: true, step: 45},
			},
		},
	}
}
