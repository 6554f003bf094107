# From average negative log-likelihood to perplexity and bits per character
import math
import torch
import torch.nn.functional as F

torch.manual_seed(1667)
logits = torch.randn(50, 10)
targets = torch.randint(0, 10, (50,))
nll = F.cross_entropy(logits, targets)
print(nll.item())
print(torch.exp(nll).item(), math.exp(nll.item()))
print((nll / math.log(2)).item())
uniform = F.cross_entropy(torch.zeros(50, 10), targets)
print(uniform.item(), uniform.exp().item())
print(F.cross_entropy(logits * 0.5, targets).exp().item())
