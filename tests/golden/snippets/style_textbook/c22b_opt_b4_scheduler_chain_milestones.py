import torch
from torch.optim.lr_scheduler import ConstantLR, MultiplicativeLR, StepLR

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
s1 = ConstantLR(opt, factor=0.5, total_iters=2)
s2 = MultiplicativeLR(opt, lr_lambda=lambda e: 0.9)
out = []
for _ in range(5):
    opt.step()
    s1.step()
    s2.step()
    out.append(round(opt.param_groups[0]["lr"], 6))
print(out)
opt2 = torch.optim.SGD([w], lr=0.3)
st = StepLR(opt2, step_size=2, gamma=0.5, last_epoch=-1)
print([st.get_last_lr()[0]] + [(opt2.step(), st.step(), st.get_last_lr()[0])[2] for _ in range(4)])
