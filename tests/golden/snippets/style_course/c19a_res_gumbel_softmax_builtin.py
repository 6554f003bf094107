# F.gumbel_softmax soft and hard samples
import torch
import torch.nn.functional as F
torch.manual_seed(31)
logits = torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 3.0]], requires_grad=True)
soft = F.gumbel_softmax(logits, tau=0.5)
print(soft)
hard = F.gumbel_softmax(logits, tau=0.5, hard=True)
print(hard, hard.grad_fn.name())
(hard * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(logits.grad)
