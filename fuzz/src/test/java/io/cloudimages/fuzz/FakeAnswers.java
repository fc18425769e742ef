package io.cloudimages.fuzz;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.fuzz.AnswerScript.Answer;
import io.cloudimages.testkit.FakeCloud;
import org.junit.jupiter.api.Named;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds of the answer-decoding targets: what the testkit's fake clouds really answer to each
 * operation, so that fuzzing starts from answers deep enough to reach the image mapping, paging
 * and imports, rather than from noise that no decoder gets past.
 */
final class FakeAnswers {

    private FakeAnswers() {
    }

    /** The answers kept of a conversation: enough for every kind of answer, small enough to mutate fast. */
    static final int MAX_ANSWERS = 3;

    /**
     * Runs every operation of the target against the fake, through a relay that records the
     * answers, and turns each operation's first answers into a script that replays them (the last
     * one kept then answers the rest).
     */
    static List<Named<byte[]>> of(AnswerTarget target, FakeCloud fake, Credentials fakeCredentials) {
        List<Named<byte[]>> seeds = new ArrayList<>();
        CloudImages cloudImages = CloudImages.discover();
        // the seeds are the fake's answers, not its throttling
        cloudImages.provider(target.provider()).orElseThrow().actions()
                .forEach(action -> fake.limit(action.name(), 0));
        for (int i = 0; i < target.operations().size(); i++) {
            AnswerTarget.Operation operation = target.operations().get(i);
            try (ScriptedCloud.Run run = ScriptedCloud.shared().relay(fake.endpoint());
                 ImageService service = cloudImages.open(target.provider(), target.settings(run.endpoint(), fakeCredentials))) {
                try {
                    operation.action().accept(service);
                } catch (CloudImagesException refused) {
                    // a refusal is a real answer too
                }
                List<Answer> answers = run.served().subList(0, Math.min(MAX_ANSWERS, run.served().size()));
                if (!answers.isEmpty()) {
                    seeds.add(Named.of("the fake's answers to " + operation, AnswerScript.encode(i, answers)));
                }
            }
        }
        return seeds;
    }

    /** A seed of hand-written answers to one operation. */
    static Named<byte[]> written(String name, AnswerTarget target, String operation, Answer... answers) {
        for (int i = 0; i < target.operations().size(); i++) {
            if (target.operations().get(i).name().equals(operation)) {
                return Named.of(name, AnswerScript.encode(i, List.of(answers)));
            }
        }
        throw new IllegalArgumentException("no operation \"" + operation + "\" in " + target);
    }

    static Answer json(int status, String body) {
        return new Answer(status, Map.of("Content-Type", "application/json; charset=utf-8"),
                body.getBytes(StandardCharsets.UTF_8), 0);
    }

    static Answer withHeader(Answer answer, String header, String value) {
        Map<String, String> headers = new LinkedHashMap<>(answer.headers());
        headers.put(header, value);
        return new Answer(answer.status(), headers, answer.body(), answer.flags());
    }

    static Answer withFlags(Answer answer, int flags) {
        return new Answer(answer.status(), answer.headers(), answer.body(), answer.flags() | flags);
    }
}
