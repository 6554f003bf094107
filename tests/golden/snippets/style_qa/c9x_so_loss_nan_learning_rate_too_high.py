# Q: my loss becomes nan/inf after a few iterations. A: the learning rate is too high; watch it diverge.
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(64, 4) * 10
y = X.sum(1, keepdim=True)
for lr in (1.0, 1e-3):
    model = nn.Linear(4, 1)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    print("lr", lr)
    for step in range(8):
        loss = nn.functional.mse_loss(model(X), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item(), torch.isfinite(loss).item())
        if not torch.isfinite(loss):
            print("diverged at step", step, model.weight.isnan().any().item())
            break
print(torch.tensor(float("inf")) - torch.tensor(float("inf")), torch.tensor(1e38) * 10)
