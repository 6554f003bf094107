import math
import torch
import torch.nn.functional as F

torch.manual_seed(57)
logits = torch.randn(2, 4, 6)
targets = torch.tensor([[1, 2, 3, 0], [4, 5, 0, 0]])
nll_sum = F.cross_entropy(logits.reshape(-1, 6), targets.reshape(-1), ignore_index=0, reduction="sum")
n_tokens = (targets != 0).sum()
print(n_tokens.item(), f"{nll_sum.item():.3f}")
print(f"ppl {math.exp(nll_sum.item() / n_tokens.item()):.3f}")
print(f"{(nll_sum / n_tokens).exp().item():.3f}")
