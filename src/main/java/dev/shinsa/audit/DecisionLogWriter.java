package dev.shinsa.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.shinsa.domain.Decision;
import dev.shinsa.domain.Reason;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Appends decisions to JSON-lines files, one line per decision, and reports an append done only once
 * its bytes are in the operating system's hands (a {@code write} to the file; with {@code fsync} also
 * on the disk), so a decision that was answered survives a crash of the process. Files are named
 * {@code decisions-<UTC day>-<nnn>.jsonl}: a new file each day and whenever one reaches
 * {@code maxFileBytes}. A failed write is reported to the caller (the answer then says it was not
 * logged) and the next write tries again, so a full disk that is freed recovers by itself.
 * <p>
 * Group commit: the caller serialises its lines, one writer thread appends them. Appends that queue
 * while a write (or an fsync) is under way go out together in one write and one fsync, so callers never
 * wait for one another's disk time, and an event-loop thread never blocks on the file. Thread-safe.
 */
public final class DecisionLogWriter implements Closeable {
    /** The name of a log file, for readers: day and sequence number. */
    public static final Pattern FILE_NAME = Pattern.compile("decisions-(\\d{4}-\\d{2}-\\d{2})-(\\d{3,})\\.jsonl");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One decision to log: the decision, the request body it answers, and who asked (null when unknown). */
    public record Entry(Decision decision, JsonNode input, String caller) {
    }

    private final Path dir;
    private final long maxFileBytes;
    private final boolean fsync;
    private final Set<String> mask;

    /** Appends serialised and waiting for the writer thread, in order; {@link #STOP} ends the thread. */
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    /** Guards {@link #closed} and the start of the writer thread against appends arriving meanwhile. */
    private final Object intake = new Object();
    private Thread writerThread;
    private boolean closed;
    /** Appends handed to the writer and not yet reported back: queued, or in the group being written. */
    private final AtomicInteger pending = new AtomicInteger();

    private FileChannel channel;
    private volatile Path file;
    private LocalDate day;
    private long size;
    // Written only under this object's lock; volatile so that metrics and health read them without waiting for a write.
    private volatile long written;
    private volatile long failures;
    private volatile String lastError;

    /**
     * @param mask request fields to mask in the logged input: a dotted path such as
     *             {@code investor.name} (array elements included, indices left out) or a bare field
     *             name such as {@code aliases}, masked wherever it occurs
     */
    public DecisionLogWriter(Path dir, long maxFileBytes, boolean fsync, Set<String> mask) {
        this.dir = dir;
        this.maxFileBytes = maxFileBytes;
        this.fsync = fsync;
        this.mask = Set.copyOf(mask);
    }

    /** One append for the writer thread: its serialised lines, how many decisions they hold, and who waits. */
    private record Pending(byte[] bytes, int decisions, LocalDate day, CompletableFuture<String> done) {
    }

    private static final Pending STOP = new Pending(new byte[0], 0, null, null);
    /** The most appends written together (each a request's decisions). */
    private static final int MAX_GROUP = 256;

    /**
     * Writes the entries as one append and waits for it. Returns null when they are written, else the reason
     * they are not (and nothing of them is counted as written). Not for an event-loop thread: use {@link #appendAsync}.
     */
    public String append(List<Entry> entries) {
        return appendAsync(entries).join();
    }

    /**
     * Serialises the entries on the calling thread and queues them as one append. The stage completes, on the
     * writer thread, with null once they are written, else with the reason they are not.
     */
    public CompletableFuture<String> appendAsync(List<Entry> entries) {
        if (entries.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048 * entries.size());
        try {
            for (Entry e : entries) {
                JSON.writeValue(out, line(e));
                out.write('\n');
            }
        } catch (IOException e) {
            synchronized (this) {
                return CompletableFuture.completedFuture(fail("the decision could not be serialised: " + e.getMessage()));
            }
        }
        LocalDate today = entries.get(0).decision().evaluatedAt().atZone(ZoneOffset.UTC).toLocalDate();
        Pending p = new Pending(out.toByteArray(), entries.size(), today, new CompletableFuture<>());
        synchronized (intake) {
            if (closed) {
                synchronized (this) {
                    return CompletableFuture.completedFuture(fail("the decision log is closed (the service is stopping)"));
                }
            }
            if (writerThread == null || !writerThread.isAlive()) {
                // The first append, or the thread died (it should not: it catches everything): a new one carries on.
                writerThread = new Thread(this::writeQueued, "decision-log-writer");
                writerThread.setDaemon(true);
                writerThread.start();
            }
            pending.incrementAndGet();
            queue.add(p);
        }
        return p.done();
    }

    /**
     * Appends handed over and not yet written (queued or being written): how far the log is behind the
     * screenings, whose answers wait for it.
     */
    public int pending() {
        return pending.get();
    }

    /** The writer thread: takes what has queued, writes it, tells the waiting callers; until {@link #close}. */
    private void writeQueued() {
        List<Pending> group = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() ends the thread, by queueing STOP, so that nothing queued is dropped
            }
            queue.drainTo(group, MAX_GROUP - 1);
            stop = group.removeIf(x -> x == STOP);
            String[] results = new String[group.size()];
            try {
                writeGroup(group, results);
            } catch (Throwable t) {
                // Never leave a caller waiting: the appends of this group not yet written are reported as such.
                synchronized (this) {
                    String error = "the decision log writer failed: " + t;
                    for (int i = 0; i < results.length; i++) {
                        if (results[i] == null) {
                            results[i] = fail(error, 1);
                        }
                    }
                }
            }
            for (int i = 0; i < group.size(); i++) {
                pending.decrementAndGet();
                group.get(i).done().complete(WRITTEN.equals(results[i]) ? null : results[i]);
            }
            group.clear();
        }
        synchronized (this) {
            closeQuietly();
        }
    }

    /** In a group's results: written (null there means not yet handled; any other text is the error). */
    private static final String WRITTEN = "";

    /**
     * Writes a group of appends in as few writes as the files allow: consecutive appends of one day that fit
     * in the room left in the file they go to are written together; an append larger than a file goes alone
     * into a new one, as it would on its own. Fills {@code results} as it goes: {@link #WRITTEN} or the error.
     */
    private synchronized void writeGroup(List<Pending> group, String[] results) {
        int i = 0;
        while (i < group.size()) {
            Pending first = group.get(i);
            // The file is settled before the room is measured: a new day, or a restart, may reopen a file that is nearly full.
            String problem = fileFor(first.day(), first.bytes().length);
            if (problem != null) {
                results[i++] = fail(problem);
                continue;
            }
            long room = maxFileBytes - size;
            long total = first.bytes().length;
            int decisions = first.decisions();
            int j = i + 1;
            while (j < group.size() && group.get(j).day().equals(first.day()) && total + group.get(j).bytes().length <= room) {
                total += group.get(j).bytes().length;
                decisions += group.get(j).decisions();
                j++;
            }
            ByteBuffer[] buffers = new ByteBuffer[j - i];
            for (int k = i; k < j; k++) {
                buffers[k - i] = ByteBuffer.wrap(group.get(k).bytes());
            }
            String error = write(buffers, total, decisions, j - i);
            Arrays.fill(results, i, j, error == null ? WRITTEN : error);
            i = j;
        }
    }

    /**
     * Opens the file an append of {@code bytes} for {@code today} goes to: the current one, or the next
     * (a new day, or the current file would pass {@code maxFileBytes}). Null when it is open, else why not.
     */
    private String fileFor(LocalDate today, long bytes) {
        try {
            if (channel == null || !today.equals(day)) {
                roll(today);
            }
            if (size > 0 && size + bytes > maxFileBytes) {
                roll(today);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            return cannotWrite(e);
        }
    }

    private String write(ByteBuffer[] buffers, long bytes, int decisions, int appends) {
        try {
            long left = bytes;
            while (left > 0) {
                left -= channel.write(buffers);
            }
            if (fsync) {
                channel.force(false);
            }
            size += bytes;
            written += decisions;
            lastError = null;
            return null;
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            return fail(cannotWrite(e), appends);
        }
    }

    /** Creates the folder if needed and opens today's file, so that a bad path shows at start, not at the first request. */
    public synchronized String open(LocalDate today) {
        try {
            roll(today);
            return null;
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            return fail("cannot open the decision log in " + dir.toAbsolutePath().normalize() + ": " + describe(e));
        }
    }

    private String fail(String message) {
        return fail(message, 1);
    }

    /** Records a failure of {@code appends} appends (each a request that was answered "not logged"). */
    private String fail(String message, int appends) {
        failures += appends;
        lastError = message;
        return message;
    }

    /** Why nothing can be written now: the folder and the error. */
    private String cannotWrite(Exception e) {
        return "cannot write the decision log in " + dir.toAbsolutePath().normalize() + ": " + describe(e);
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }

    private void roll(LocalDate today) throws IOException {
        closeQuietly();
        Files.createDirectories(dir);
        int seq = today.equals(day) && file != null ? sequence(file) + 1 : lastSequence(today);
        Path candidate = dir.resolve(name(today, seq));
        while (Files.exists(candidate) && Files.size(candidate) >= maxFileBytes) {
            candidate = dir.resolve(name(today, ++seq));
        }
        channel = FileChannel.open(candidate, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        file = candidate;
        day = today;
        size = channel.size();
    }

    private static String name(LocalDate day, int seq) {
        return String.format("decisions-%s-%03d.jsonl", day, seq);
    }

    private static int sequence(Path p) {
        Matcher m = FILE_NAME.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    private int lastSequence(LocalDate today) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> FILE_NAME.matcher(p.getFileName().toString()))
                    .filter(m -> m.matches() && m.group(1).equals(today.toString()))
                    .mapToInt(m -> Integer.parseInt(m.group(2))).max().orElse(0);
        }
    }

    private ObjectNode line(Entry e) {
        Decision d = e.decision();
        ObjectNode o = JSON.createObjectNode();
        o.put("decisionId", d.decisionId());
        o.put("evaluatedAt", d.evaluatedAt().toString());
        if (e.caller() != null) {
            o.put("caller", e.caller());
        }
        ObjectNode rs = o.putObject("ruleSet");
        rs.put("version", d.ruleSet().version());
        rs.put("revision", d.ruleSet().revision());
        if (d.transactionId() != null) {
            o.put("transactionId", d.transactionId());
        }
        o.put("asOf", d.asOf().toString());
        o.put("outcome", d.outcome().name());
        o.put("reviewRequired", d.reviewRequired());
        ArrayNode codes = o.putArray("reasons");
        for (Reason r : d.reasons()) {
            codes.add(r.code());
        }
        ArrayNode missing = o.putArray("missing");
        d.missing().forEach(missing::add);
        o.set("input", mask.isEmpty() || e.input() == null ? e.input() : masked(e.input().deepCopy(), ""));
        return o;
    }

    private JsonNode masked(JsonNode node, String path) {
        if (node instanceof ObjectNode obj) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                if (mask.contains(p) || mask.contains(f.getKey())) {
                    f.setValue(f.getValue().isNull() ? f.getValue() : TextNode.valueOf("masked:" + digest(f.getValue().toString())));
                } else {
                    masked(f.getValue(), p);
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (JsonNode item : arr) {
                masked(item, path);
            }
        }
        return node;
    }

    /** A short SHA-256 of the masked value: equal values stay recognisably equal, the value itself is gone. */
    static String digest(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * After a failed write, checks whether the folder can be written again (it exists or can be made,
     * is writable, and has at least 1 MiB free); if so clears the error, so that health turns UP and
     * traffic returns; the next append then tells for sure. Returns the error that remains, or null.
     */
    public String recheck() {
        if (lastError == null) {
            return null; // without the lock: health is asked often, and must not wait behind a write or an fsync
        }
        synchronized (this) {
            return recheckFolder();
        }
    }

    private String recheckFolder() {
        if (lastError == null) {
            return null;
        }
        try {
            Files.createDirectories(dir);
            if (Files.isWritable(dir) && Files.getFileStore(dir).getUsableSpace() > (1L << 20)) {
                lastError = null;
            }
        } catch (IOException | RuntimeException e) {
            lastError = cannotWrite(e);
        }
        return lastError;
    }

    /** Null while the last write succeeded, else why it failed. */
    public String lastError() {
        return lastError;
    }

    public long written() {
        return written;
    }

    public long failures() {
        return failures;
    }

    public Path currentFile() {
        return file;
    }

    public Path dir() {
        return dir;
    }

    private void closeQuietly() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the channel is dropped either way; the next write reopens
            }
            channel = null;
        }
    }

    /**
     * Writes what is queued, stops the writer thread (which closes the file), and refuses later appends.
     * Waits up to 30 s for the writer; a second call does nothing.
     */
    @Override
    public void close() {
        Thread t;
        synchronized (intake) {
            if (closed) {
                return;
            }
            closed = true;
            t = writerThread;
            if (t != null && t.isAlive()) {
                queue.add(STOP);
            }
        }
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            closeQuietly();
        }
    }
}
