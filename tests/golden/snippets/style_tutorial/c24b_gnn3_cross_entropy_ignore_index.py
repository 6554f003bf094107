# unlabeled nodes marked -100 and skipped by cross_entropy
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5], [0.1, 1.2], [1.0, 1.0], [-1.0, 3.0]], requires_grad=True)
y = torch.tensor([0, -100, 1, -100])
loss = F.cross_entropy(logits, y)
print(loss)
loss.backward()
print(logits.grad)
print(F.cross_entropy(logits, y, ignore_index=1, reduction="none"))
