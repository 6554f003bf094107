# Looking inside Adam after training: step counts, exp_avg norms per parameter name
import torch
from torch import nn

torch.manual_seed(1702)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.01, amsgrad=True)
X, y = torch.randn(10, 3), torch.randint(0, 2, (10,))
for _ in range(3):
    opt.zero_grad()
    nn.functional.cross_entropy(model(X), y).backward()
    opt.step()
for name, p in model.named_parameters():
    st = opt.state[p]
    print(name, st["step"], st["exp_avg"].norm().item(), st["max_exp_avg_sq"].max().item())
print(opt.state_dict()["param_groups"][0]["params"], opt.defaults["amsgrad"])
