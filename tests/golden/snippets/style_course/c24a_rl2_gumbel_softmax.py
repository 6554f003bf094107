# Gumbel-softmax for differentiable discrete actions
import torch
import torch.nn.functional as F

torch.manual_seed(24)
logits = torch.tensor([[1.0, 2.0, 0.5]], requires_grad=True)
soft = F.gumbel_softmax(logits, tau=0.5)
print(soft.sum(-1), soft.shape)
hard = F.gumbel_softmax(logits, tau=1.0, hard=True)
print(hard)
(hard * torch.tensor([[1.0, 2.0, 3.0]])).sum().backward()
print(logits.grad.shape, logits.grad.abs().sum() > 0)
print(hard.grad_fn.name())
