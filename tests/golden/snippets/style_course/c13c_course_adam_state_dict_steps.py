import torch
import torch.nn as nn

torch.manual_seed(4)
lin = nn.Linear(2, 1)
opt = torch.optim.Adam(lin.parameters(), lr=0.01, betas=(0.8, 0.99))
X = torch.randn(5, 2)
Y = torch.randn(5, 1)
for i in range(3):
    opt.zero_grad()
    nn.functional.mse_loss(lin(X), Y).backward()
    opt.step()

state = opt.state_dict()["state"]
for idx, s in state.items():
    print("param", idx)
    print("  step:", s["step"])
    print("  exp_avg:", s["exp_avg"])
    print("  exp_avg_sq:", s["exp_avg_sq"])
group = opt.state_dict()["param_groups"][0]
print({k: group[k] for k in ["lr", "betas", "eps", "weight_decay", "amsgrad"]})
print(lin.weight, lin.bias)
