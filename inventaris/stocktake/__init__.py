"""Stock-take (inventarisasi): counting room by room, the LKI answers, the LHI lists."""
