import torch
from torch.optim.lr_scheduler import CosineAnnealingLR, LambdaLR

w = torch.zeros(3, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
cos = CosineAnnealingLR(opt, T_max=5, eta_min=0.01)
history = []
for epoch in range(12):
    opt.step()
    cos.step()
    history.append(round(cos.get_last_lr()[0], 6))
print(history)
opt = torch.optim.SGD([{"params": [w]}, {"params": [torch.zeros(1, requires_grad=True)], "lr": 1.0}], lr=0.1)
warmup = LambdaLR(opt, lr_lambda=[lambda e: min(1.0, (e + 1) / 3), lambda e: 0.5 ** e])
for epoch in range(4):
    opt.step()
    warmup.step()
    print(warmup.get_last_lr())
