# Course notebook: print learning rates of several schedulers side by side over 10 epochs.
import torch
from torch import nn

def lrs(make, epochs=10):
    p = nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=0.1)
    sched = make(opt)
    out = []
    for _ in range(epochs):
        out.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return out

rows = {
    "step": lrs(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5)),
    "exp": lrs(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.8)),
    "cos": lrs(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=10)),
    "lin": lrs(lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=4)),
    "poly": lrs(lambda o: torch.optim.lr_scheduler.PolynomialLR(o, total_iters=8, power=2.0)),
}
for name, values in rows.items():
    print(f"{name:5s}", " ".join(f"{v:.5f}" for v in values))
print(rows["cos"])
