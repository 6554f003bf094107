# gumbel_softmax with hard=True gives one-hot rows but soft gradients
import torch
import torch.nn.functional as F

torch.manual_seed(27)
logits = torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 3.0]], requires_grad=True)
y = F.gumbel_softmax(logits, tau=0.5, hard=True)
print(y)
print(y.sum(-1))
(y * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(logits.grad.shape, logits.grad.abs().sum() > 0)
print(y.grad_fn.name())
