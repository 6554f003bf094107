# Lecture: what Adam stores per parameter.
import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1, betas=(0.8, 0.9))
x = torch.randn(4, 2)
y = torch.randn(4, 1)
for step in range(2):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    print(step, loss.item())
sd = opt.state_dict()
print(sd.keys())
print(sd["param_groups"])
for k, v in sd["state"].items():
    print(k, sorted(v.keys()), v["step"])
    print(v["exp_avg"])
    print(v["exp_avg_sq"])
