import torch

log_lr = torch.tensor(-2.0, requires_grad=True)
meta_opt = torch.optim.Adam([log_lr], lr=0.1)
target = torch.tensor([3.0, -1.0])
for outer in range(4):
    w = torch.zeros(2, requires_grad=True)
    for inner in range(3):
        loss = ((w - target) ** 2).sum()
        g, = torch.autograd.grad(loss, w, create_graph=True)
        w = w - log_lr.exp() * g
    val = ((w - target) ** 2).sum()
    meta_opt.zero_grad()
    val.backward()
    print(outer, f"{val.item():.5f}", f"{log_lr.grad.item():.5f}", type(w.grad_fn).__name__)
    meta_opt.step()
print(f"lr = {log_lr.exp().item():.4f}")
