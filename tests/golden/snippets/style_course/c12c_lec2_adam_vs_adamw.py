# Lecture: Adam's L2 penalty vs AdamW's decoupled decay, step by step.
import torch

def run(cls, **kw):
    torch.manual_seed(0)
    w = torch.nn.Parameter(torch.randn(3))
    opt = cls([w], lr=0.1, **kw)
    for _ in range(4):
        opt.zero_grad()
        ((w - 1) ** 2).sum().backward()
        opt.step()
    return w.detach(), opt

wa, oa = run(torch.optim.Adam, weight_decay=0.1)
ww, ow = run(torch.optim.AdamW, weight_decay=0.1)
wm, om = run(torch.optim.Adam, amsgrad=True)
print(wa)
print(ww)
print(wm)
print(sorted(om.state_dict()["state"][0].keys()))
print(om.state_dict()["state"][0]["max_exp_avg_sq"])
print(ow.param_groups[0]["weight_decay"], oa.defaults["betas"], ow.defaults["eps"])
