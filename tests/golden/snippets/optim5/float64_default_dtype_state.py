import torch
import torch.nn as nn

# With float64 as the default dtype, the optimizers keep their step counters (and NAdam's and
# ASGD's other scalars) in float64 too
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
X, y = torch.randn(30, 4), torch.randn(30, 1)
for name, kwargs in [("Adam", {}), ("NAdam", {}), ("ASGD", dict(lr=0.05, t0=2)), ("Adam", dict(fused=True))]:
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 1))
    opt = getattr(torch.optim, name)(model.parameters(), **kwargs)
    for epoch in range(8):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        loss.backward()
        opt.step()
    state = opt.state[model[2].bias]
    print(name, loss.item(), model[2].weight[0, :3].tolist())
    print({key: value for key, value in state.items() if value.dim() == 0})
