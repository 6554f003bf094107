import torch
import torch.nn.functional as F

logits = torch.arange(24.0).reshape(2, 3, 4).sin().requires_grad_()
labels = torch.tensor([[0, 1, 2, 1], [2, 2, 0, 0]])
loss = F.cross_entropy(logits, labels)
print(loss)
loss.backward()
print(logits.grad[0])
print(F.cross_entropy(logits, labels, reduction="none"))
print(F.cross_entropy(torch.tensor([1.0, 3.0, 0.0]), torch.tensor(1)))
