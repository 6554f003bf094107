# Q: NaN in a hand-written entropy / BCE: 0 * log(0) is nan, its gradient too; xlogy, clamp and eps fixes.
import torch

p = torch.tensor([0.0, 0.25, 0.75], requires_grad=True)
ent = -(p * torch.log(p)).sum()
print(ent)
ent.backward()
print(p.grad)
p.grad = None
ent2 = -torch.xlogy(p, p).sum()
ent2.backward()
print(ent2, p.grad)
p.grad = None
eps = 1e-8
ent3 = -(p * torch.log(p + eps)).sum()
ent3.backward()
print(ent3, p.grad)
print(torch.log(torch.tensor([0.0, -1.0])), torch.sqrt(torch.tensor(-1.0)))
q = torch.tensor([0.0, 0.5], requires_grad=True)
torch.log(q.clamp(min=1e-12)).sum().backward()
print(q.grad)
print(torch.special.entr(torch.tensor([0.0, 0.25, 1.0])))
x = torch.tensor([1.0, float("nan"), 3.0])
print(torch.isnan(x).any(), torch.nan_to_num(x), x.nansum(), x.nanmean())
