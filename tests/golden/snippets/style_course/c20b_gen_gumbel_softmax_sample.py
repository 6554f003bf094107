# Gumbel-softmax relaxation for a discrete latent
import torch
import torch.nn.functional as F

torch.manual_seed(25)
logits = torch.tensor([[1.0, 0.5, -1.0]], requires_grad=True)
soft = F.gumbel_softmax(logits, tau=0.5)
hard = F.gumbel_softmax(logits, tau=0.5, hard=True)
print(soft)
print(hard)
(hard * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(logits.grad)
