# Sequence-models course: greedy decoding vs beam search over a fixed transition matrix of log-probabilities.
import torch

torch.manual_seed(69)
V, steps, beam = 4, 3, 2
trans = torch.log_softmax(torch.randn(V, V), dim=1)
start = torch.log_softmax(torch.randn(V), dim=0)
print(trans.exp().round(decimals=3))
tok = start.argmax().item()
greedy, score = [tok], start[tok].item()
for _ in range(steps - 1):
    nxt = trans[tok].argmax().item()
    score += trans[tok, nxt].item()
    greedy.append(nxt)
    tok = nxt
print("greedy", greedy, round(score, 6))
scores, idx = start.topk(beam)
beams = [([i.item()], s.item()) for s, i in zip(scores, idx)]
for _ in range(steps - 1):
    cand = []
    for seq, s in beams:
        for v in range(V):
            cand.append((seq + [v], s + trans[seq[-1], v].item()))
    cand.sort(key=lambda c: c[1], reverse=True)
    beams = cand[:beam]
for seq, s in beams:
    print("beam", seq, round(s, 6))
all_scores = start[:, None, None] + trans[:, :, None] + trans[None, :, :]
best = all_scores.flatten().argmax()
print("exhaustive", [best.item() // 16, (best.item() // 4) % 4, best.item() % 4], all_scores.max().item())
