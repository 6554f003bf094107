# An exponential moving average of the weights (a "teacher" copy) updated after each optimizer step.
import copy
import torch
import torch.nn as nn

torch.manual_seed(73)
model = nn.Linear(3, 1)
ema = copy.deepcopy(model)
ema.requires_grad_(False)
decay = 0.9
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
for step in range(5):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
    with torch.no_grad():
        for p_ema, p in zip(ema.parameters(), model.parameters()):
            p_ema.mul_(decay).add_(p, alpha=1 - decay)
    print(step, model.weight.data[0, :2].tolist(), ema.weight.data[0, :2].tolist())
print(ema.weight.requires_grad, ema.weight.grad)
print(torch.optim.swa_utils.get_ema_multi_avg_fn(0.9) is not None)
