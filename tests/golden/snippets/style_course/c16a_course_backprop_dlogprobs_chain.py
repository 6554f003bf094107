# Backprop by hand through log(softmax) written as exp, sum, reciprocal; checked with retain_grad
import torch

def compare(label, mine, t):
    exact = torch.equal(mine, t.grad)
    close = torch.allclose(mine, t.grad)
    print(f"{label:8s} exact={exact!s:5s} close={close!s:5s} maxdiff={(mine - t.grad).abs().max().item()}")

gen = torch.Generator().manual_seed(1616)
B = 6
z = torch.randn(B, 4, generator=gen, requires_grad=True)
tgt = torch.randint(0, 4, (B,), generator=gen)
e = z.exp()
denom = e.sum(dim=1, keepdim=True)
inv = denom ** -1
p = e * inv
lp = p.log()
for t in (e, inv, p, lp):
    t.retain_grad()
(-lp[torch.arange(B), tgt].mean()).backward()
d_lp = torch.zeros(B, 4)
d_lp[torch.arange(B), tgt] = -1 / B
d_p = d_lp / p
d_inv = (d_p * e).sum(dim=1, keepdim=True)
d_e = d_p * inv + (-denom ** -2 * d_inv).expand(B, 4)
for label, mine, t in [("lp", d_lp, lp), ("p", d_p, p), ("inv", d_inv, inv), ("e", d_e, e), ("z", d_e * e, z)]:
    compare(label, mine, t)
