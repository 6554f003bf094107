# Beam search on a toy conditional-probability table, compared with greedy search.
import torch

torch.manual_seed(4)
V, T, k = 5, 3, 2
EOS = 4
table = torch.softmax(torch.randn(V, V) * 2, dim=-1)
start = torch.softmax(torch.randn(V), dim=-1)
print(table)

def greedy():
    seq, lp = [start.argmax().item()], start.max().log().item()
    for _ in range(T - 1):
        p = table[seq[-1]]
        seq.append(p.argmax().item())
        lp += p.max().log().item()
    return seq, lp

def beam():
    logp, idx = start.log().topk(k)
    beams = [([i.item()], l.item()) for i, l in zip(idx, logp)]
    for _ in range(T - 1):
        cand = []
        for seq, lp in beams:
            for v, l in enumerate(table[seq[-1]].log().tolist()):
                cand.append((seq + [v], lp + l))
        cand.sort(key=lambda c: -c[1])
        beams = cand[:k]
    return beams

print(greedy())
for seq, lp in beam():
    print(seq, round(lp, 5), round(lp / len(seq) ** 0.75, 5))
