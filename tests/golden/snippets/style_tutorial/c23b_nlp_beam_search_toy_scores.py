import torch

# Beam search over a fixed table of next-token log-probabilities
torch.manual_seed(8)
V, beam, steps = 5, 2, 3
table = torch.log_softmax(torch.randn(steps, V), dim=-1)
beams = [([], 0.0)]
for t in range(steps):
    cand = []
    for seq, score in beams:
        top = torch.topk(table[t], beam)
        for lp, idx in zip(top.values.tolist(), top.indices.tolist()):
            cand.append((seq + [idx], score + lp))
    beams = sorted(cand, key=lambda c: c[1], reverse=True)[:beam]
for seq, score in beams:
    print(seq, round(score, 4))
print(torch.topk(table[0], 2))
