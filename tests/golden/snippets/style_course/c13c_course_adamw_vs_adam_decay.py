import torch

torch.manual_seed(3)
init = torch.randn(4)
a = torch.nn.Parameter(init.clone())
b = torch.nn.Parameter(init.clone())
opt_a = torch.optim.Adam([a], lr=0.1, weight_decay=0.1)
opt_b = torch.optim.AdamW([b], lr=0.1, weight_decay=0.1)
for step in range(5):
    for p, opt in ((a, opt_a), (b, opt_b)):
        opt.zero_grad()
        loss = ((p - 1.0) ** 2).sum()
        loss.backward()
        opt.step()
    print(step, a.data.tolist())
    print(" ", b.data.tolist())
print("differ:", not torch.equal(a, b))
print(opt_b.defaults["weight_decay"], opt_a.defaults["weight_decay"])
