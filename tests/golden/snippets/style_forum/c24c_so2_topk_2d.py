# Q: top-3 predictions per row
import torch

scores = torch.tensor([[0.1, 0.5, 0.3, 0.9], [0.8, 0.2, 0.4, 0.6]])
top = scores.topk(3, dim=1)
print(top.values)
print(top.indices)
print(scores.topk(1, largest=False))
labels = torch.tensor([1, 3])
print((top.indices == labels[:, None]).any(dim=1))
try:
    scores.topk(5)
except RuntimeError as e:
    print("RuntimeError:", e)
