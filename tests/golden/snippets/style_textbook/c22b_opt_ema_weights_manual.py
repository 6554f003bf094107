import torch
import torch.nn as nn

torch.manual_seed(10)
model = nn.Linear(3, 2)
ema = {k: v.detach().clone() for k, v in model.state_dict().items()}
opt = torch.optim.SGD(model.parameters(), lr=0.5)
decay = 0.9
for _ in range(3):
    opt.zero_grad()
    model(torch.randn(4, 3)).square().mean().backward()
    opt.step()
    with torch.no_grad():
        for k, v in model.state_dict().items():
            ema[k].mul_(decay).add_(v, alpha=1 - decay)
print(ema["bias"])
print(model.bias.data)
print(sorted(ema))
