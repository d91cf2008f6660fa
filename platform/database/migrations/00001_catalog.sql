-- +goose Up
-- The catalog module's tables: categories (a two-level tree), brands,
-- products, their variants (SKUs) with prices, inventory per variant, reviews,
-- a precomputed rating summary per product and the stock adjustment log.

CREATE TABLE categories (
    id         bigserial PRIMARY KEY,
    parent_id  bigint REFERENCES categories (id),
    slug       text NOT NULL UNIQUE,
    name       text NOT NULL,
    position   integer NOT NULL DEFAULT 0
);
CREATE INDEX categories_parent_id_idx ON categories (parent_id);

CREATE TABLE brands (
    id    bigserial PRIMARY KEY,
    slug  text NOT NULL UNIQUE,
    name  text NOT NULL
);

CREATE TABLE products (
    id           bigserial PRIMARY KEY,
    slug         text NOT NULL UNIQUE,
    name         text NOT NULL,
    description  text NOT NULL DEFAULT '',
    brand_id     bigint NOT NULL REFERENCES brands (id),
    category_id  bigint NOT NULL REFERENCES categories (id),
    status       text NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'archived')),
    images       jsonb NOT NULL DEFAULT '[]',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX products_category_id_idx ON products (category_id, id);
CREATE INDEX products_brand_id_idx ON products (brand_id, id);

CREATE TABLE variants (
    id                 bigserial PRIMARY KEY,
    product_id         bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    sku                text NOT NULL UNIQUE,
    attributes         jsonb NOT NULL DEFAULT '{}',
    price_amount       bigint NOT NULL CHECK (price_amount >= 0),
    compare_at_amount  bigint CHECK (compare_at_amount >= 0),
    currency           char(3) NOT NULL,
    position           integer NOT NULL DEFAULT 0
);
CREATE INDEX variants_product_id_idx ON variants (product_id, position);

-- available = on_hand - reserved; the check keeps it from going below zero.
CREATE TABLE inventory (
    variant_id  bigint PRIMARY KEY REFERENCES variants (id) ON DELETE CASCADE,
    on_hand     integer NOT NULL CHECK (on_hand >= 0),
    reserved    integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (on_hand >= reserved)
);

CREATE TABLE stock_adjustments (
    id          bigserial PRIMARY KEY,
    variant_id  bigint NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
    delta       integer NOT NULL,
    reason      text NOT NULL,
    -- idempotency_key makes a retried adjustment a no-op that answers like the first.
    idempotency_key text UNIQUE,
    on_hand_after   integer NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_adjustments_variant_id_idx ON stock_adjustments (variant_id, created_at);

CREATE TABLE reviews (
    id          bigserial PRIMARY KEY,
    product_id  bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    rating      smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title       text NOT NULL,
    body        text NOT NULL,
    author      text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviews_product_id_created_at_idx ON reviews (product_id, created_at DESC, id DESC);

-- product_ratings is the review summary of one product, kept in step with
-- reviews by whoever writes them (the seed, and later the review API), so a
-- product page reads one row instead of aggregating every review.
CREATE TABLE product_ratings (
    product_id    bigint PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    review_count  integer NOT NULL DEFAULT 0,
    rating_sum    integer NOT NULL DEFAULT 0,
    rating_avg    numeric(3, 2) GENERATED ALWAYS AS (
                      CASE WHEN review_count = 0 THEN 0
                           ELSE round(rating_sum::numeric / review_count, 2) END) STORED,
    stars_1       integer NOT NULL DEFAULT 0,
    stars_2       integer NOT NULL DEFAULT 0,
    stars_3       integer NOT NULL DEFAULT 0,
    stars_4       integer NOT NULL DEFAULT 0,
    stars_5       integer NOT NULL DEFAULT 0
);
CREATE INDEX product_ratings_rank_idx ON product_ratings (rating_avg DESC, review_count DESC, product_id);

-- +goose Down
DROP TABLE product_ratings;
DROP TABLE reviews;
DROP TABLE stock_adjustments;
DROP TABLE inventory;
DROP TABLE variants;
DROP TABLE products;
DROP TABLE brands;
DROP TABLE categories;
