import torch

w = torch.tensor([2.0, -1.0])
lr = torch.tensor(0.01)
beta = 0.001
prev_grad = torch.zeros(2)
for t in range(6):
    w.requires_grad_(True)
    loss = (w[0] ** 2 + 5 * w[1] ** 2)
    g, = torch.autograd.grad(loss, w)
    lr = lr + beta * (g @ prev_grad)
    w = (w - lr * g).detach()
    prev_grad = g
    print(t, f"{loss.item():.5f}", f"{lr.item():.5f}")
