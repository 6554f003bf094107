import torch

# Average meta-loss over a task batch; each task's adapted weight depends on w via create_graph
torch.manual_seed(74)
w = torch.tensor([0.0, 0.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for it in range(3):
    targets = torch.randn(4, 2)
    losses = []
    for t in targets:
        g, = torch.autograd.grad(((w - t) ** 2).sum(), w, create_graph=True)
        losses.append(((w - 0.3 * g - t) ** 2).sum())
    meta = torch.stack(losses).mean()
    opt.zero_grad()
    meta.backward()
    opt.step()
    print(it, f"{meta.item():.4f}", w.detach().round(decimals=4))
