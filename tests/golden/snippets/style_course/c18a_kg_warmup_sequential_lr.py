# ChainedScheduler: a constant warmup factor combined with exponential decay
import torch
from torch.optim.lr_scheduler import ConstantLR, ExponentialLR, ChainedScheduler

opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.5)
chain = ChainedScheduler([ConstantLR(opt, factor=0.2, total_iters=2), ExponentialLR(opt, gamma=0.8)])
history = []
for epoch in range(6):
    opt.step()
    history.append(opt.param_groups[0]["lr"])
    chain.step()
print([f"{lr:.5f}" for lr in history])
print(chain.get_last_lr())
