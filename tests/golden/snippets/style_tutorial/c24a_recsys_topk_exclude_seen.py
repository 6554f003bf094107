# Top-k recommendations after masking already-seen items
import torch

scores = torch.tensor([[0.9, 0.1, 0.8, 0.4, 0.7], [0.2, 0.95, 0.3, 0.6, 0.5]])
seen = torch.tensor([[1, 0, 1, 0, 0], [0, 1, 0, 0, 0]], dtype=torch.bool)
masked = scores.masked_fill(seen, float('-inf'))
top = torch.topk(masked, k=2, dim=1)
print(top)
print(top.indices.tolist())
vals, idx = masked.topk(3, largest=False)
print(vals, idx)
try:
    scores.topk(6)
except RuntimeError as e:
    print(e)
