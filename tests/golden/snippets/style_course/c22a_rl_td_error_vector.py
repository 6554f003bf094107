import torch

v = torch.tensor([0.2, 0.4, 0.1, 0.0], requires_grad=True)
r = torch.tensor([0.0, 1.0, 0.0])
gamma = 0.9
td = r + gamma * v[1:].detach() - v[:-1]
loss = 0.5 * (td ** 2).sum()
loss.backward()
print(td)
print(loss.item())
print(v.grad)
