import torch

hyps = {"a b": [-0.5, -0.7], "a b c d": [-0.3, -0.4, -0.2, -0.6], "x": [-0.9]}
for alpha in (0.0, 0.7, 1.0):
    scored = {}
    for h, lps in hyps.items():
        lp = torch.tensor(lps)
        scored[h] = (lp.sum() / (len(lps) ** alpha)).item()
    best = max(scored, key=scored.get)
    print(alpha, best, {k: round(v, 4) for k, v in scored.items()})
