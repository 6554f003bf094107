# Peek at the SGD momentum buffer of one parameter after each step
import torch

w = torch.tensor([1.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9, dampening=0.1)
for step in range(3):
    opt.zero_grad()
    loss = (w ** 2).sum() + w[0] * 3
    loss.backward()
    opt.step()
    buf = opt.state[w]["momentum_buffer"]
    print(step, w.data, buf)
print(list(opt.state[w].keys()))
