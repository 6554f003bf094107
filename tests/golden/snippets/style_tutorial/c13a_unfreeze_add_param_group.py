# Gradual unfreezing: start with the last layer only, then add the earlier layer with add_param_group.
import torch
import torch.nn as nn

torch.manual_seed(11)
model = nn.Sequential(nn.Linear(5, 8), nn.Tanh(), nn.Linear(8, 1))
for p in model[0].parameters():
    p.requires_grad = False
opt = torch.optim.Adam(model[2].parameters(), lr=0.01)
x = torch.randn(20, 5)
y = x.sum(dim=1, keepdim=True)
loss_fn = nn.MSELoss()
for epoch in range(6):
    if epoch == 3:
        for p in model[0].parameters():
            p.requires_grad = True
        opt.add_param_group({"params": model[0].parameters(), "lr": 0.001})
        print("unfroze layer 0; groups:", len(opt.param_groups), [g["lr"] for g in opt.param_groups])
        print(sorted(opt.param_groups[1].keys()))
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    print(epoch, f"{loss.item():.5f}", model[0].weight.grad is None)
print(len(opt.state))
print(opt.state_dict()["param_groups"][1]["params"])
