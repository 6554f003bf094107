# Concise weight decay: weight_decay only on the weight via parameter groups, compared to none.
import torch
from torch import nn

torch.manual_seed(0)
num_inputs = 50
X = torch.randn(30, num_inputs)
y = X @ (torch.ones(num_inputs, 1) * 0.01) + 0.05 + torch.randn(30, 1) * 0.01
X_test = torch.randn(100, num_inputs)
y_test = X_test @ (torch.ones(num_inputs, 1) * 0.01) + 0.05

def train_concise(wd):
    net = nn.Sequential(nn.Linear(num_inputs, 1))
    for param in net.parameters():
        param.data.normal_()
    loss = nn.MSELoss(reduction="none")
    trainer = torch.optim.SGD([{"params": net[0].weight, "weight_decay": wd},
                               {"params": net[0].bias}], lr=0.003)
    for epoch in range(100):
        for i in range(0, 30, 5):
            trainer.zero_grad()
            l = loss(net(X[i:i + 5]), y[i:i + 5])
            l.mean().backward()
            trainer.step()
    with torch.no_grad():
        print(f"wd={wd}: w norm {net[0].weight.norm().item():.4f}, "
              f"test loss {loss(net(X_test), y_test).mean().item():.4f}")
    return trainer

t = train_concise(0)
t = train_concise(3)
print([g["weight_decay"] for g in t.param_groups])
