import torch
import torch.nn as nn

# foreach=True runs PyTorch's multi-tensor implementations, which round in their own order
torch.manual_seed(0)
X, y = torch.randn(48, 5), torch.randn(48, 1)
for name, kwargs in [("NAdam", dict(lr=0.01, weight_decay=0.1)),
                     ("RAdam", dict(lr=0.01, decoupled_weight_decay=True, weight_decay=0.1)),
                     ("ASGD", dict(lr=0.05, t0=3, lambd=0.01))]:
    for foreach in [False, True]:
        torch.manual_seed(1)
        model = nn.Sequential(nn.Linear(5, 12), nn.Tanh(), nn.Linear(12, 1))
        opt = getattr(torch.optim, name)(model.parameters(), foreach=foreach, **kwargs)
        for epoch in range(9):
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(X), y)
            loss.backward()
            opt.step()
        print(name, foreach, loss.item(), model[0].weight[3].tolist())
    if name == "ASGD":
        print(opt.state[model[2].bias])
