import torch

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
opt = torch.optim.Adagrad([w], lr=0.5, lr_decay=0.1, weight_decay=0.2, initial_accumulator_value=0.5,
                          maximize=True)
for _ in range(3):
    opt.zero_grad()
    (-(w - 1) ** 2).sum().backward()
    opt.step()
    print(w.data.round(decimals=4))
print(opt.state_dict()["param_groups"][0]["lr_decay"], opt.state_dict()["state"][0]["sum"].round(decimals=4))
try:
    torch.optim.Adagrad([w], lr_decay=-1)
except ValueError as e:
    print(type(e).__name__, e)
