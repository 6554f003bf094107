# RMSProp from scratch against torch.optim.RMSprop, on the 2-D quadratic of the optimisation chapter.
import math
import torch

def f_2d(x1, x2):
    return 0.1 * x1 ** 2 + 2 * x2 ** 2

def rmsprop_2d(x1, x2, s1, s2, eta=0.4, gamma=0.9):
    g1, g2, eps = 0.2 * x1, 4 * x2, 1e-6
    s1 = gamma * s1 + (1 - gamma) * g1 ** 2
    s2 = gamma * s2 + (1 - gamma) * g2 ** 2
    x1 -= eta / math.sqrt(s1 + eps) * g1
    x2 -= eta / math.sqrt(s2 + eps) * g2
    return x1, x2, s1, s2

state = (-5.0, -2.0, 0.0, 0.0)
for i in range(5):
    state = rmsprop_2d(*state)
    print(f"step {i + 1}: x1 {state[0]:f}, x2 {state[1]:f}")

p = torch.tensor([-5.0, -2.0], requires_grad=True)
opt = torch.optim.RMSprop([p], lr=0.4, alpha=0.9, eps=1e-6)
for i in range(5):
    opt.zero_grad()
    f_2d(p[0], p[1]).backward()
    opt.step()
    print(p.detach())
print(opt.state[p]["square_avg"])
centered = torch.tensor([-5.0, -2.0], requires_grad=True)
opt_c = torch.optim.RMSprop([centered], lr=0.01, centered=True, momentum=0.5)
for i in range(5):
    opt_c.zero_grad()
    f_2d(centered[0], centered[1]).backward()
    opt_c.step()
print(centered.detach(), sorted(opt_c.state[centered].keys()))
