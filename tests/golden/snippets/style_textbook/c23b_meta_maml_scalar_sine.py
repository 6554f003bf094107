import torch

# MAML on a one-parameter model y = a * x, tasks differ in slope
torch.manual_seed(0)
a = torch.tensor(0.5, requires_grad=True)
inner_lr, outer_lr = 0.1, 0.05
slopes = [1.0, 2.0, -1.0]
for step in range(3):
    meta_loss = 0.0
    for s in slopes:
        x = torch.linspace(-1, 1, 5)
        y = s * x
        loss = ((a * x - y) ** 2).mean()
        g, = torch.autograd.grad(loss, a, create_graph=True)
        a_fast = a - inner_lr * g
        meta_loss = meta_loss + ((a_fast * x - y) ** 2).mean()
    meta_loss.backward()
    with torch.no_grad():
        a -= outer_lr * a.grad
    print(step, round(meta_loss.item(), 5), round(a.item(), 5), a.grad)
    a.grad = None
