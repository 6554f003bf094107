# Per-user top-k results collected in a list and printed
import torch

scores = torch.tensor([[0.1, 0.9, 0.5], [0.7, 0.2, 0.3]])
results = [row.topk(2) for row in scores]
print(results)
print([r.indices.tolist() for r in results])
vals, idx = zip(*results)
print(torch.stack(vals))
