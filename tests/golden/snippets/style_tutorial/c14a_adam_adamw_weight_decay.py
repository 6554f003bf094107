# Adam vs AdamW with the same weight_decay on one quadratic: coupled vs decoupled decay give different weights.
import torch

torch.manual_seed(38)
target = torch.randn(4)
init = torch.randn(4)
for cls in (torch.optim.Adam, torch.optim.AdamW):
    w = init.clone().requires_grad_(True)
    opt = cls([w], lr=0.1, weight_decay=0.1)
    for step in range(6):
        opt.zero_grad()
        loss = ((w - target) ** 2).sum()
        loss.backward()
        opt.step()
    print(cls.__name__, loss.item())
    print(w)
    st = opt.state[w]
    print(st["step"], st["exp_avg"], st["exp_avg_sq"])
print(opt)
amsgrad = torch.optim.Adam([torch.ones(2, requires_grad=True)], lr=0.01, amsgrad=True, betas=(0.8, 0.9))
print(amsgrad.defaults["betas"], amsgrad.param_groups[0]["amsgrad"])
