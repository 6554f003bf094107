# Nesterov momentum by hand versus torch.optim.SGD(nesterov=True)
import torch

def grad(w):
    return torch.tensor([2 * w[0], 20 * w[1]])

w_hand = torch.tensor([1.0, 1.0]); buf = torch.zeros(2)
w = torch.tensor([1.0, 1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.02, momentum=0.9, nesterov=True)
for t in range(5):
    g = grad(w_hand)
    buf = 0.9 * buf + g if t else g.clone()
    w_hand = w_hand - 0.02 * (g + 0.9 * buf)
    opt.zero_grad()
    (w[0] ** 2 + 10 * w[1] ** 2).backward()
    opt.step()
print(w_hand)
print(w.data)
print(opt.state[w]["momentum_buffer"])
