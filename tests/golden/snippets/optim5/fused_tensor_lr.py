import torch
import torch.nn as nn

# A tensor learning rate (as schedulers under torch.compile want) with the fused CPU kernels
torch.manual_seed(0)
X, y = torch.randn(24, 9), torch.randn(24, 2)
for name in ["Adam", "AdamW", "SGD", "Adagrad"]:
    torch.manual_seed(1)
    model = nn.Linear(9, 2)
    kwargs = {"momentum": 0.9} if name == "SGD" else {}
    opt = getattr(torch.optim, name)(model.parameters(), lr=torch.tensor(0.01), fused=True, **kwargs)
    for step in range(4):
        opt.zero_grad()
        nn.functional.mse_loss(model(X), y).backward()
        opt.step()
    print(name, opt.param_groups[0]["lr"], model.weight.view(-1)[-6:].tolist())
