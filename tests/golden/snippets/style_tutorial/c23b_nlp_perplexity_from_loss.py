import math
import torch
import torch.nn.functional as F

torch.manual_seed(3)
logits = torch.randn(12, 8)
targets = torch.randint(0, 8, (12,))
nll = F.cross_entropy(logits, targets)
print(f"loss {nll.item():.4f} ppl {math.exp(nll.item()):.3f}")
uniform = F.cross_entropy(torch.zeros(12, 8), targets)
print(f"uniform ppl {torch.exp(uniform).item():.3f}")
logp = F.log_softmax(logits, dim=-1)
print(torch.allclose(-logp[torch.arange(12), targets].mean(), nll))
