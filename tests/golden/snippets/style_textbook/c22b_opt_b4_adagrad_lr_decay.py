import torch

w = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)
opt = torch.optim.Adagrad([w], lr=0.5, lr_decay=0.1, initial_accumulator_value=0.1, eps=1e-10)
for i in range(4):
    opt.zero_grad()
    (w ** 2 * torch.tensor([1.0, 3.0, 0.5])).sum().backward()
    opt.step()
    print(i, w.detach().numpy().round(6), opt.state[w]["step"].item())
print(opt.state[w]["sum"])
