# Q: topk returns indices in a strange order
import torch

scores = torch.tensor([0.1, 0.9, 0.3, 0.9, 0.5])
print(scores.topk(3))
print(scores.topk(3, largest=False))
print(scores.topk(2, sorted=True).indices.tolist())
try:
    scores.topk(6)
except RuntimeError as err:
    print(err)
