# fast.ai from scratch: why logsumexp needs the max trick, and our nll vs F.cross_entropy
import torch
import torch.nn.functional as F

def lse_naive(z):
    return z.exp().sum(-1).log()

def lse_stable(z):
    top = z.max(-1, keepdim=True).values
    return top.squeeze(-1) + (z - top).exp().sum(-1).log()

torch.manual_seed(42)
acts = torch.randn(5, 7) * 30
targets = torch.tensor([6, 0, 3, 3, 1])
print(lse_naive(acts))
print(lse_stable(acts))
print(torch.allclose(lse_stable(acts), acts.logsumexp(-1)))
logp = acts - lse_stable(acts)[:, None]
my_loss = -logp.gather(1, targets[:, None]).mean()
print(my_loss, F.cross_entropy(acts, targets), F.nll_loss(logp, targets))
print(logp.exp().sum(1))
