import torch

torch.manual_seed(40)
W = torch.randn(3, 4, requires_grad=True)
opt = torch.optim.Adafactor([W], lr=0.05)
for _ in range(3):
    opt.zero_grad()
    (W ** 2).sum().backward()
    opt.step()
print(W.detach().round(decimals=4))
print(sorted(opt.state[W]))
print(opt.state[W]["row_var"].shape, opt.state[W]["col_var"].shape)
