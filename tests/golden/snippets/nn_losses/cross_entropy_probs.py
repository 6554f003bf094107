import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 0.5], [0.3, -0.2, 1.1]], requires_grad=True)
probs = torch.tensor([[0.1, 0.7, 0.2], [0.0, 0.5, 0.5]])
loss = F.cross_entropy(logits, probs)
print(loss, loss.grad_fn)
loss.backward()
print(logits.grad)
print(F.cross_entropy(logits, probs, reduction="none"))
print(F.cross_entropy(logits, probs, reduction="sum").grad_fn)
