import torch
from torch.optim import lr_scheduler as S

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
chain = S.ChainedScheduler([S.ExponentialLR(opt, gamma=0.9), S.PolynomialLR(opt, total_iters=4, power=2.0)])
for i in range(6):
    opt.step()
    chain.step()
    print(i, [f"{v:.6f}" for v in chain.get_last_lr()])
opt2 = torch.optim.SGD([w], lr=1.0)
ms = S.MultiStepLR(opt2, milestones=[2, 4], gamma=0.1)
out = []
for _ in range(6):
    opt2.step()
    ms.step()
    out.append(opt2.param_groups[0]["lr"])
print(out)
