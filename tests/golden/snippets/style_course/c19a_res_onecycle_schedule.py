# OneCycleLR with three phases and linear annealing, recording lr and betas
import torch
p = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.Adam([p], lr=0.01)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=8, three_phase=True,
                                            anneal_strategy="linear", pct_start=0.25)
for i in range(8):
    g = opt.param_groups[0]
    print(i, round(g["lr"], 8), tuple(round(b, 6) for b in g["betas"]))
    opt.step(); sched.step()
print(sorted(k for k in opt.param_groups[0] if "lr" in k or "momentum" in k))
