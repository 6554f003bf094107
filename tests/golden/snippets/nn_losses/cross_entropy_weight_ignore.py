import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 3.0], [1.0, 0.0, -1.0], [0.5, 0.5, 0.5], [2.0, -2.0, 0.0]], requires_grad=True)
labels = torch.tensor([2, 0, -100, 1])
w = torch.tensor([1.0, 2.0, 0.5])
loss = F.cross_entropy(logits, labels, weight=w)
print(loss)
loss.backward()
print(logits.grad)
print(F.cross_entropy(logits, labels, weight=w, reduction="none"))
print(F.cross_entropy(logits, torch.tensor([2, 0, 1, 1]), ignore_index=1))
