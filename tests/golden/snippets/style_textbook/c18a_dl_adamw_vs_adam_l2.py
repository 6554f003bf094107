# Decoupled weight decay (AdamW) versus L2 added to the gradient (Adam weight_decay)
import torch

def run(opt_cls, **kw):
    w = torch.tensor([2.0, -3.0], requires_grad=True)
    opt = opt_cls([w], lr=0.1, **kw)
    for _ in range(5):
        opt.zero_grad()
        (w[0] ** 2 + 0.01 * w[1] ** 2).backward()
        opt.step()
    return w.detach()

print("Adam, no decay  ", run(torch.optim.Adam))
print("Adam, L2 0.1    ", run(torch.optim.Adam, weight_decay=0.1))
print("AdamW, 0.1      ", run(torch.optim.AdamW, weight_decay=0.1))
print(torch.optim.AdamW([torch.zeros(1, requires_grad=True)]).defaults["weight_decay"])
