# cross_entropy with class-probability targets (soft labels) versus hard labels
import torch
import torch.nn.functional as F

torch.manual_seed(21)
logits = torch.randn(3, 4, requires_grad=True)
hard = torch.tensor([2, 0, 3])
soft = F.one_hot(hard, 4).float() * 0.9 + 0.1 / 4
print(soft)
l_hard = F.cross_entropy(logits, hard)
l_soft = F.cross_entropy(logits, soft)
l_ls = F.cross_entropy(logits, hard, label_smoothing=0.1)
print(l_hard, l_soft, l_ls)
print(torch.allclose(l_soft, l_ls))
l_soft.backward()
print(logits.grad.sum(dim=1))
