# Greedy search vs beam search over a toy next-token distribution table.
import torch

torch.manual_seed(0)
vocab = ["<eos>", "A", "B", "C"]
T = 3
logits = torch.randn(T, 4, 4)  # (step, previous token, next token)
log_probs = logits.log_softmax(-1)
start = 1

def greedy():
    seq, score, prev = [], 0.0, start
    for t in range(T):
        nxt = int(log_probs[t, prev].argmax())
        score += log_probs[t, prev, nxt].item()
        seq.append(vocab[nxt])
        if nxt == 0:
            break
        prev = nxt
    return seq, score

def beam_search(k):
    beams = [([], 0.0, start, False)]
    for t in range(T):
        candidates = []
        for seq, score, prev, done in beams:
            if done:
                candidates.append((seq, score, prev, True))
                continue
            top = log_probs[t, prev].topk(k)
            for lp, tok in zip(top.values.tolist(), top.indices.tolist()):
                candidates.append((seq + [vocab[tok]], score + lp, tok, tok == 0))
        beams = sorted(candidates, key=lambda c: c[1], reverse=True)[:k]
    return [(seq, round(score, 4)) for seq, score, _, _ in beams]

print(greedy())
print(beam_search(1))
print(beam_search(2))
print(beam_search(3))
print(log_probs[0].exp().sum(-1))
