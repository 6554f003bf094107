# fit the decay rate k of dy/dt = -k y by unrolling explicit Euler
import torch
true_k = 0.7
dt, n = 0.1, 30
ts = torch.arange(n) * dt
data = torch.exp(-true_k * ts)
k = torch.tensor(0.2, requires_grad=True)
opt = torch.optim.SGD([k], lr=0.5)
for it in range(4):
    y = torch.tensor(1.0)
    traj = []
    for i in range(n):
        traj.append(y)
        y = y - dt * k * y
    loss = ((torch.stack(traj) - data) ** 2).mean()
    opt.zero_grad(); loss.backward(); opt.step()
    print(it, loss.item(), k.item())
