# graph classification loss over a batch and per-graph predictions
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0], [0.5, -0.5], [2.0, 2.0]], requires_grad=True)
labels = torch.tensor([1, 0, 1])
loss = F.cross_entropy(logits, labels, reduction="none")
print(loss)
print(loss.mean(), F.cross_entropy(logits, labels))
print(logits.softmax(-1).argmax(-1).eq(labels).float().mean())
