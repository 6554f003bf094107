import torch
import torch.nn.functional as F

torch.manual_seed(9)
logits = torch.tensor([[0.5, 1.5, -0.5]], requires_grad=True)
y_soft = F.gumbel_softmax(logits, tau=0.5)
print(y_soft)
print(y_soft.sum(dim=-1))
y_hard = F.gumbel_softmax(logits, tau=1.0, hard=True)
print(y_hard)
(y_hard * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(logits.grad)
