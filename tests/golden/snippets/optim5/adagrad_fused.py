import torch
import torch.nn as nn

# Adagrad with fused=True runs PyTorch's fused CPU kernel
torch.manual_seed(0)
X = torch.randn(64, 10)
y = X @ torch.randn(10, 1) + 0.1 * torch.randn(64, 1)
for fused in [False, True]:
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(10, 19), nn.ReLU(), nn.Linear(19, 1))
    opt = torch.optim.Adagrad(model.parameters(), lr=0.05, lr_decay=1e-3, weight_decay=1e-4, fused=fused)
    for epoch in range(8):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        loss.backward()
        opt.step()
    print(fused, loss.item(), model[2].weight[0, -6:].tolist())
    state = opt.state[model[0].weight]
    print(state["step"], state["sum"].dtype, state["sum"][0, :3].tolist())
print(opt.defaults["fused"], opt.param_groups[0]["fused"])
