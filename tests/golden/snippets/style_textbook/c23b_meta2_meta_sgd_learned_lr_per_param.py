import torch

# Meta-SGD: a learned step size per parameter element
w = torch.tensor([0.0, 0.0], requires_grad=True)
alpha = torch.full((2,), 0.1, requires_grad=True)
opt = torch.optim.SGD([w, alpha], lr=0.05)
tasks = [torch.tensor([1.0, 2.0]), torch.tensor([2.0, 0.0]), torch.tensor([-1.0, 1.0])]
for epoch in range(3):
    opt.zero_grad()
    total = 0
    for t in tasks:
        inner = ((w - t) ** 2).sum()
        g, = torch.autograd.grad(inner, w, create_graph=True)
        adapted = w - alpha * g
        total = total + ((adapted - t) ** 2).sum()
    total.backward()
    opt.step()
    print(epoch, round(total.item(), 4), alpha.detach(), w.detach())
