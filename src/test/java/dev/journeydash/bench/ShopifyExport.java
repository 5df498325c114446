package dev.journeydash.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * A synthetic Shopify "Export orders" CSV, deterministic for a seed, with any number of rows:
 * the 78 columns of the real export's header in its order, one row per line item, 1 to 5 line
 * items per order, orders over two years (2024 and 2025, more of them as the shop grows), newest
 * first as Shopify writes them. As in the real export, the order-level fields (Financial Status,
 * Paid at, Subtotal, Shipping, Taxes, Total, Discount Amount, Refunded Amount, addresses, Id...)
 * are on an order's first line only; Name, Email, Created at and the line-item fields are on every
 * line. Customers come back (an order's email is, two times in five, that of an earlier order);
 * 2 % of orders have no email. Names, companies, addresses, product names and tags hold commas and
 * quotes, a few notes hold a line break; a few names are not ASCII (the file is UTF-8, no BOM).
 *
 * <p>{@code ShopifyExport FILE ROWS [SEED]} writes the file and prints what it wrote.
 */
public final class ShopifyExport {
    /** The header of a Shopify "Export orders" file, as in ../shared/real-exports/shopify-orders/orders_export_1.csv. */
    public static final List<String> HEADER = List.of("Name", "Email", "Financial Status", "Paid at",
        "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total",
        "Discount Code", "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
        "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
        "Lineitem fulfillment status", "Billing Name", "Billing Street", "Billing Address1", "Billing Address2",
        "Billing Company", "Billing City", "Billing Zip", "Billing Province", "Billing Country", "Billing Phone",
        "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City",
        "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes",
        "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Outstanding Balance",
        "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Tax 1 Name",
        "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value",
        "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
        "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At");

    public static final long DEFAULT_SEED = 20240101L;
    /** The first order is created on this day (America/New_York), the last before the first day of 2026. */
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    static final LocalDate END_DAY = LocalDate.of(2026, 1, 1);
    static final ZoneId ZONE = ZoneId.of("America/New_York");

    private static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
        "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos",
        "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "José", "Zoë", "Kevin",
        "Ashley", "Brian", "Emily", "George", "Donna", "Edward", "Michelle", "Ronald", "Amanda"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Pérez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
        "Robinson", "Walker", "Young", "Allen", "King", "Wright", "O'Brien", "Hill", "Flores", "Green", "Adams"};
    private static final String[] COMPANIES = {"Acme, Inc.", "Smith & Sons", "Blue Ridge Outfitters",
        "Jones, Wu & Partners LLP", "The \"Corner\" Shop", "Northwind Traders"};
    private static final String[] STREETS = {"Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Park Blvd",
        "Washington Ave", "Lakeview Rd", "Hillcrest Dr", "Sunset Blvd", "2nd St", "Church Rd"};
    /** City, zip, province code, province name, sales tax in basis points. */
    private static final String[][] PLACES = {
        {"New York", "10001", "NY", "New York", "400"}, {"Brooklyn", "11201", "NY", "New York", "400"},
        {"Boston", "02108", "MA", "Massachusetts", "625"}, {"Philadelphia", "19103", "PA", "Pennsylvania", "600"},
        {"Chicago", "60601", "IL", "Illinois", "625"}, {"Detroit", "48201", "MI", "Michigan", "600"},
        {"Ann Arbor", "48104", "MI", "Michigan", "600"}, {"Columbus", "43215", "OH", "Ohio", "575"},
        {"Houston", "77002", "TX", "Texas", "625"}, {"Austin", "78701", "TX", "Texas", "625"},
        {"Miami", "33101", "FL", "Florida", "600"}, {"Atlanta", "30303", "GA", "Georgia", "400"},
        {"Denver", "80202", "CO", "Colorado", "290"}, {"Seattle", "98101", "WA", "Washington", "650"},
        {"Portland", "97201", "OR", "Oregon", "0"}, {"San Francisco", "94103", "CA", "California", "725"},
        {"Los Angeles", "90012", "CA", "California", "725"}, {"Phoenix", "85004", "AZ", "Arizona", "560"},
        {"Nashville", "37201", "TN", "Tennessee", "700"}, {"Wilmington", "19801", "DE", "Delaware", "0"}};
    private static final String[] COLOURS = {"Sand", "White", "Black", "Carolina Blue", "Orchid Purple", "Forest Green",
        "Heather Grey", "Navy"};
    /** Product, price in cents, compare-at price in cents (0: none), SKU stem. */
    private static final Object[][] ITEMS = {
        {"Explorer Hoodie", 4500, 9000, "HD"}, {"Astronaut Crewneck", 3500, 0, "CN"},
        {"\"Explorer World\" Hoodie", 5000, 8000, "WH"}, {"Astronaut Hat", 2500, 5000, "HT"},
        {"Helper Tee, Relaxed Fit", 2200, 0, "TE"}, {"Vintage Crewneck", 3500, 7000, "VC"},
        {"Trail Joggers", 4000, 0, "JG"}, {"Beanie, Ribbed", 1800, 2500, "BN"}};
    private static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL"};
    private static final String[] DISCOUNTS = {"WELCOME10", "SPRING15", "BFCM25", "FRIENDS20"};
    private static final int[] DISCOUNT_PERCENT = {10, 15, 25, 20};
    private static final String[] NOTES = {"Leave at the back door, please", "Gift - no invoice in the box",
        "Please ship together with order \"#1042\"", "Call on arrival,\nthe doorbell is broken"};
    private static final String[] TAGS = {"vip", "wholesale, net30", "repeat", "newsletter, instagram"};

    private final Product[] products;
    private final byte[][] firstNames;
    private final byte[][] lastNames;
    private final byte[][] companies;
    private final byte[][] streets;
    private final byte[][][] places;
    private final byte[][] notes;
    private final byte[][] tags;
    private final byte[][] discountCodes;
    private final byte[][] taxNames;

    /** A product variant: CSV-ready name and SKU, prices in cents. */
    private record Product(byte[] name, byte[] sku, long price, long compareAt) { }

    private ShopifyExport() {
        products = new Product[COLOURS.length * ITEMS.length * SIZES.length];
        int p = 0;
        for (String colour : COLOURS) {
            for (Object[] item : ITEMS) {
                for (String size : SIZES) {
                    String name = colour + " " + item[0] + " - " + size;
                    String sku = "EXP-" + item[3] + "-" + colour.substring(0, 3).toUpperCase(java.util.Locale.ROOT) + "-" + size;
                    products[p++] = new Product(csv(name), csv(sku), (Integer) item[1], (Integer) item[2]);
                }
            }
        }
        firstNames = csvAll(FIRST);
        lastNames = csvAll(LAST);
        companies = csvAll(COMPANIES);
        streets = csvAll(STREETS);
        places = new byte[PLACES.length][][];
        for (int i = 0; i < PLACES.length; i++) {
            places[i] = csvAll(PLACES[i]);
        }
        notes = csvAll(NOTES);
        tags = csvAll(TAGS);
        discountCodes = csvAll(DISCOUNTS);
        taxNames = new byte[PLACES.length][];
        for (int i = 0; i < PLACES.length; i++) {
            String rate = java.math.BigDecimal.valueOf(Long.parseLong(PLACES[i][4]), 2).stripTrailingZeros().toPlainString();
            taxNames[i] = csv(PLACES[i][3] + " State Tax " + rate + "%");
        }
    }

    /** What {@link #write} wrote. */
    public record Summary(long rows, long orders, long customers, long bytes) { }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1].replace("_", ""));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long start = System.nanoTime();
        Summary s = write(file, rows, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "rows=%d orders=%d customers=%d bytes=%d seconds=%.3f%n",
            s.rows(), s.orders(), s.customers(), s.bytes(), seconds);
    }

    /** Writes {@code rows} line-item rows (plus the header) into {@code file}. */
    public static Summary write(Path file, long rows, long seed) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            return write(out, rows, seed);
        }
    }

    /** Writes the export into {@code out} (not closed). */
    public static Summary write(OutputStream out, long rows, long seed) throws IOException {
        return new ShopifyExport().generate(out, rows, seed);
    }

    private Summary generate(OutputStream out, long rows, long seed) throws IOException {
        // Pass 1, oldest order first: how many lines each order has (the last one cut to reach
        // exactly `rows`) and which customer places it (a new one, or the customer of an earlier
        // order picked at random, so that frequent buyers are picked more often).
        int orders = 0;
        byte[] lines = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, rows))];
        int[] customer = new int[lines.length];
        int customers = 0;
        Rng rng = new Rng(seed);
        for (long left = rows; left > 0; orders++) {
            int r = rng.next(100);
            int n = r < 45 ? 1 : r < 70 ? 2 : r < 85 ? 3 : r < 95 ? 4 : 5;
            n = (int) Math.min(n, left);
            lines[orders] = (byte) n;
            left -= n;
            customer[orders] = orders == 0 || rng.next(100) < 60 ? customers++ : customer[rng.next(orders)];
        }
        // Pass 2, newest order first as Shopify lists them: every order's fields from its own
        // random stream, so an order reads the same whatever the row count around it.
        long first = FIRST_DAY.atStartOfDay(ZONE).toEpochSecond();
        long span = END_DAY.atStartOfDay(ZONE).toEpochSecond() - first;
        ZoneRules zone = ZONE.getRules();
        Sink w = new Sink(out);
        for (int c = 0; c < HEADER.size(); c++) {
            if (c > 0) {
                w.put(',');
            }
            w.put(csv(HEADER.get(c)));
        }
        w.put('\n');
        Order o = new Order();
        for (int i = orders - 1; i >= 0; i--) {
            Rng r = new Rng(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
            // a growing shop: order i of n at time ((i + u) / n) ^ 0.8 of the two years
            double x = (i + r.unit()) / orders;
            long created = first + (long) (Math.pow(x, 0.8) * span);
            o.fill(i, customer[i], lines[i], created, r, zone);
            writeOrder(w, o, r);
        }
        w.flush();
        return new Summary(rows, orders, customers, w.written);
    }

    /** One order's fields, reused from order to order. */
    private final class Order {
        int number;
        int customer;
        int lines;
        long created;
        int offset;
        int status;                 // 0 paid, 1 pending, 2 refunded, 3 partially_refunded, 4 voided
        Product[] items = new Product[5];
        int[] quantities = new int[5];
        long subtotal;
        long shipping;
        long taxes;
        long total;
        long discount;
        int discountCode = -1;
        int place;
        boolean email;
        boolean pos;

        void fill(int index, int cust, int n, long createdAt, Rng r, ZoneRules zone) {
            number = 1001 + index;
            customer = cust;
            lines = n;
            created = createdAt;
            offset = zone.getOffset(Instant.ofEpochSecond(createdAt)).getTotalSeconds();
            int s = r.next(100);
            status = s < 84 ? 0 : s < 89 ? 1 : s < 93 ? 2 : s < 97 ? 3 : 4;
            long items = 0;
            for (int k = 0; k < n; k++) {
                this.items[k] = products[r.next(products.length)];
                int q = r.next(100);
                quantities[k] = q < 82 ? 1 : q < 96 ? 2 : 3;
                items += this.items[k].price() * quantities[k];
            }
            discountCode = r.next(100) < 15 ? r.next(DISCOUNTS.length) : -1;
            discount = discountCode < 0 ? 0 : items * DISCOUNT_PERCENT[discountCode] / 100;
            subtotal = items - discount;
            place = (int) (mix(cust * 31L + 7) >>> 33) % PLACES.length;
            pos = r.next(100) < 4;
            shipping = pos || subtotal >= 7500 ? 0 : r.next(100) < 80 ? 595 : 1295;
            taxes = (subtotal * Integer.parseInt(PLACES[place][4]) + 5000) / 10000;
            total = subtotal + shipping + taxes;
            email = !pos && r.next(100) >= 2;
        }
    }

    private void writeOrder(Sink w, Order o, Rng r) throws IOException {
        long cust = mix(o.customer * 0x632BE59BD9B4E019L + 1);
        int firstName = (int) ((cust >>> 8) % FIRST.length);
        int lastName = (int) ((cust >>> 20) % LAST.length);
        boolean lastFirst = (cust & 0xFF) < 10;                    // about 4 % write "Last, First"
        int company = (cust >>> 40 & 0xFF) < 26 ? (int) ((cust >>> 48) % COMPANIES.length) : -1;
        int houseNumber = 1 + (int) ((cust >>> 32) % 9800);
        int street = (int) ((cust >>> 16) % STREETS.length);
        int apartment = (cust >>> 28 & 0xF) < 3 ? 1 + (int) ((cust >>> 52) % 40) : 0;
        boolean phone = (cust >>> 36 & 0x3) != 0;
        byte[][] place = places[o.place];
        for (int k = 0; k < o.lines; k++) {
            boolean head = k == 0;
            Product p = o.items[k];
            // Name, Email
            w.put('#').num(o.number).put(',');
            if (o.email) {
                email(w, o.customer);
            }
            w.put(',');
            if (head) {
                // Financial Status, Paid at, Fulfillment Status, Fulfilled at, Accepts Marketing, Currency
                w.put(STATUS[o.status]).put(',');
                if (o.status != 1 && o.status != 4) {
                    time(w, o.created + 1 + r.next(3), o.offset);
                }
                w.put(',');
                boolean fulfilled = o.status == 0 || o.status == 3 ? r.next(100) < 92 : o.status == 2 && r.next(2) == 0;
                w.put(fulfilled ? FULFILLED : UNFULFILLED).put(',');
                if (fulfilled) {
                    time(w, o.created + 86_400 + r.next(3 * 86_400), o.offset);
                }
                w.put(',').put((cust >>> 4 & 0x3) == 0 ? YES : NO).put(",USD,");
                // Subtotal, Shipping, Taxes, Total, Discount Code, Discount Amount, Shipping Method
                w.cents(o.subtotal).put(',').cents(o.shipping).put(',').cents(o.taxes).put(',').cents(o.total).put(',');
                if (o.discountCode >= 0) {
                    w.put(discountCodes[o.discountCode]);
                }
                w.put(',').cents(o.discount).put(',');
                w.put(o.pos ? POS_PICKUP : o.shipping == 1295 ? EXPEDITED : STANDARD).put(',');
            } else {
                w.put(",,,,,,,,,,,,,");
            }
            // Created at, the line item
            time(w, o.created, o.offset);
            w.put(',').num(o.quantities[k]).put(',').put(p.name()).put(',').cents(p.price()).put(',');
            if (p.compareAt() > 0) {
                w.cents(p.compareAt());
            }
            w.put(',').put(p.sku()).put(",true,true,").put(o.status == 4 ? PENDING : FULFILLED).put(',');
            if (head && !o.pos) {
                // Billing, then Shipping: Name, Street, Address1, Address2, Company, City, Zip, Province, Country, Phone
                for (int twice = 0; twice < 2; twice++) {
                    name(w, firstName, lastName, lastFirst);
                    w.put(',');
                    address(w, houseNumber, street, apartment);
                    w.put(',').num(houseNumber).put(' ').put(streets[street]).put(',');
                    if (apartment > 0) {
                        w.put(APT).num(apartment);
                    }
                    w.put(',');
                    if (company >= 0) {
                        w.put(companies[company]);
                    }
                    w.put(',').put(place[0]).put(',').put(place[1]).put(',').put(place[2]).put(",US,");
                    if (phone) {
                        phone(w, cust);
                    }
                    w.put(',');
                }
            } else {
                w.put(",,,,,,,,,,,,,,,,,,,,");
            }
            if (head) {
                // Notes, Note Attributes, Cancelled at, Payment Method, Payment Reference, Refunded Amount
                if (r.next(100) < 2) {
                    w.put(notes[r.next(notes.length)]);
                }
                w.put(',');
                if (r.next(100) < 3) {
                    w.put(NOTE_ATTRIBUTES);
                }
                w.put(',');
                if (o.status == 4) {
                    time(w, o.created + 3600 + r.next(48 * 3600), o.offset);
                }
                w.put(',').put(o.pos ? CASH : r.next(100) < 75 ? SHOPIFY_PAYMENTS : PAYPAL).put(',');
                w.put('c').num(20000000000L + o.number * 7919L).put(".1,");
                long refunded = o.status == 2 ? o.total : o.status == 3 ? Math.max(100, o.total * (10 + r.next(50)) / 100) : 0;
                w.cents(refunded).put(',');
            } else {
                w.put(",,,,,,");
            }
            w.put(VENDOR).put(',');
            if (head) {
                // Outstanding Balance, Employee, Location, Device ID, Id, Tags, Risk Level, Source
                w.cents(o.status == 1 ? o.total : 0).put(',');
                if (o.pos) {
                    w.put(POS_FIELDS);
                } else {
                    w.put(",,,");
                }
                w.num(4000000000000L + o.number * 104729L).put(',');
                if ((cust >>> 44 & 0xF) == 0) {
                    w.put(tags[(int) ((cust >>> 50) % tags.length)]);
                }
                w.put(',').put(r.next(100) < 3 ? ELEVATED : LOW).put(',').put(o.pos ? POS : WEB).put(',');
            } else {
                w.put(",,,,,,,,");
            }
            // Lineitem discount
            w.cents(o.discountCode >= 0 ? p.price() * o.quantities[k] * DISCOUNT_PERCENT[o.discountCode] / 100 : 0).put(',');
            if (head) {
                // Tax 1..5 Name and Value, Phone, Receipt Number, Duties, Province names, Payment ID, terms
                if (o.taxes > 0) {
                    w.put(taxNames[o.place]).put(',').cents(o.taxes);
                } else {
                    w.put(',');
                }
                w.put(",,,,,,,,,");
                if (phone && !o.pos) {
                    phone(w, cust);
                }
                w.put(",,,");
                if (!o.pos) {
                    w.put(place[3]).put(',').put(place[3]);
                } else {
                    w.put(',');
                }
                w.put(",r").num(o.number * 2654435761L % 100000000L).put("x,,\n");
            } else {
                w.put(",,,,,,,,,,,,,,,,,\n");
            }
        }
    }

    private static final byte[][] STATUS = {csv("paid"), csv("pending"), csv("refunded"), csv("partially_refunded"), csv("voided")};
    private static final byte[] FULFILLED = csv("fulfilled");
    private static final byte[] UNFULFILLED = csv("unfulfilled");
    private static final byte[] PENDING = csv("pending");
    private static final byte[] YES = csv("yes");
    private static final byte[] NO = csv("no");
    private static final byte[] STANDARD = csv("Standard (USPS) 5-7 Days");
    private static final byte[] EXPEDITED = csv("Expedited (USPS) 1-4 Days");
    private static final byte[] POS_PICKUP = csv("In store, picked up");
    private static final byte[] APT = csv("Apt ");
    private static final byte[] NOTE_ATTRIBUTES = csv("gift_wrap: yes\nsource: instagram");
    private static final byte[] CASH = csv("Cash");
    private static final byte[] SHOPIFY_PAYMENTS = csv("Shopify Payments");
    private static final byte[] PAYPAL = csv("PayPal Express Checkout");
    private static final byte[] VENDOR = csv("ExplorerClothing");
    /** Employee, Location, Device ID of an order taken in the shop. */
    private static final byte[] POS_FIELDS = "Store Staff,\"Main Street, Ann Arbor\",pos-0001,".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LOW = csv("Low");
    private static final byte[] ELEVATED = csv("Elevated");
    private static final byte[] WEB = csv("web");
    private static final byte[] POS = csv("pos");

    private static void email(Sink w, int customer) throws IOException {
        // a bijection of the customer number: every customer has an email of their own
        w.put("user-").hex8((int) (customer * 0x9E3779B1L)).put("@example.com");
    }

    private void name(Sink w, int first, int last, boolean lastFirst) throws IOException {
        if (lastFirst) {
            w.put('"').put(LAST[last].getBytes(StandardCharsets.UTF_8)).put(", ").put(FIRST[first].getBytes(StandardCharsets.UTF_8)).put('"');
        } else {
            w.put(firstNames[first]).put(' ').put(lastNames[last]);
        }
    }

    private void address(Sink w, int house, int street, int apartment) throws IOException {
        if (apartment > 0) {
            w.put('"').num(house).put(' ').put(streets[street]).put(", Apt ").num(apartment).put('"');
        } else {
            w.put(house).put(' ').put(streets[street]);
        }
    }

    private static void phone(Sink w, long cust) throws IOException {
        w.put("+1 ").num(200 + (cust >>> 12) % 800).put('-').num(100 + (cust >>> 24) % 900).put('-').num(1000 + (cust >>> 34) % 9000);
    }

    /** {@code 2024-03-05 14:22:10 -0500}: local time at the offset. */
    private static void time(Sink w, long epochSecond, int offset) throws IOException {
        long local = epochSecond + offset;
        long day = Math.floorDiv(local, 86_400);
        int sec = (int) Math.floorMod(local, 86_400);
        LocalDate d = LocalDate.ofEpochDay(day);
        w.num(d.getYear()).put('-').two(d.getMonthValue()).put('-').two(d.getDayOfMonth()).put(' ')
            .two(sec / 3600).put(':').two(sec / 60 % 60).put(':').two(sec % 60).put(' ');
        int off = Math.abs(offset) / 60;
        w.put(offset < 0 ? '-' : '+').two(off / 60).two(off % 60);
    }

    /** A CSV field: quoted when it holds a comma, a quote or a line break, quotes doubled; UTF-8. */
    static byte[] csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        String s = quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[][] csvAll(String[] values) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = csv(values[i]);
        }
        return out;
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** SplitMix64. */
    static final class Rng {
        private long state;

        Rng(long seed) {
            state = mix(seed);
        }

        long nextLong() {
            state += 0x9E3779B97F4A7C15L;
            return mix(state);
        }

        /** 0 to bound - 1. */
        int next(int bound) {
            return (int) ((nextLong() >>> 1) % bound);
        }

        /** [0, 1). */
        double unit() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }
    }

    /** A buffered byte sink for ASCII numbers and pre-encoded fields. */
    private static final class Sink {
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 20];
        private int pos;
        long written;

        Sink(OutputStream out) {
            this.out = out;
        }

        private void room(int n) throws IOException {
            if (pos + n > buf.length) {
                out.write(buf, 0, pos);
                written += pos;
                pos = 0;
            }
        }

        Sink put(char c) throws IOException {
            room(1);
            buf[pos++] = (byte) c;
            return this;
        }

        Sink put(byte[] b) throws IOException {
            room(b.length);
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
            return this;
        }

        /** ASCII text only. */
        Sink put(String s) throws IOException {
            room(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[pos++] = (byte) s.charAt(i);
            }
            return this;
        }

        Sink put(int n) throws IOException {
            return num(n);
        }

        Sink num(long n) throws IOException {
            room(20);
            if (n < 0) {
                buf[pos++] = '-';
                n = -n;
            }
            int start = pos;
            do {
                buf[pos++] = (byte) ('0' + n % 10);
                n /= 10;
            } while (n > 0);
            for (int i = start, j = pos - 1; i < j; i++, j--) {
                byte t = buf[i];
                buf[i] = buf[j];
                buf[j] = t;
            }
            return this;
        }

        Sink two(int n) throws IOException {
            room(2);
            buf[pos++] = (byte) ('0' + n / 10);
            buf[pos++] = (byte) ('0' + n % 10);
            return this;
        }

        /** Cents as {@code 12.34}. */
        Sink cents(long c) throws IOException {
            num(c / 100);
            put('.');
            return two((int) (c % 100));
        }

        Sink hex8(int v) throws IOException {
            room(8);
            for (int s = 28; s >= 0; s -= 4) {
                buf[pos++] = (byte) "0123456789abcdef".charAt(v >>> s & 0xF);
            }
            return this;
        }

        void flush() throws IOException {
            out.write(buf, 0, pos);
            written += pos;
            pos = 0;
            out.flush();
        }
    }
}
