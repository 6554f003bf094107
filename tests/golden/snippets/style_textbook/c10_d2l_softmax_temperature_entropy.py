# Softmax with a temperature: probabilities, entropy in nats and bits, and how sampling spreads out.
import math
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.1, -1.0])
for tau in (0.1, 0.5, 1.0, 2.0, 10.0):
    p = F.softmax(logits / tau, dim=0)
    ent = -(p * p.log()).sum()
    print(f"tau={tau:5.1f} p={p.numpy().round(4)} H={ent.item():.4f} nats {ent.item() / math.log(2):.4f} bits")
torch.manual_seed(0)
for tau in (0.5, 2.0):
    p = F.softmax(logits / tau, dim=0)
    s = torch.multinomial(p, 200, replacement=True)
    print(tau, torch.bincount(s, minlength=4))
p = torch.tensor([0.0, 0.5, 0.5])
print(-(p * p.log()).sum(), -(torch.special.xlogy(p, p)).sum())
print(torch.special.entr(p), torch.special.entr(p).sum())
print(F.log_softmax(logits, 0), torch.logsumexp(logits, 0))
q = F.softmax(torch.zeros(4), 0)
pk = F.softmax(logits, 0)
print((pk * (pk / q).log()).sum(), F.kl_div(q.log(), pk, reduction="sum"))
