# padding tokens in the loss: ignore_index
import torch
import torch.nn.functional as F

torch.manual_seed(41)
logits = torch.randn(5, 4, requires_grad=True)
targets = torch.tensor([1, 2, -100, 0, -100])
loss = F.cross_entropy(logits, targets)
print(loss)
loss.backward()
print(logits.grad[2], logits.grad.abs().sum(1))
print(F.cross_entropy(logits, torch.tensor([1, 2, 3, 0, 3]), ignore_index=3))
print(F.cross_entropy(logits, torch.full((5,), -100)))
