# One RK4 step of a pendulum for a batch of initial conditions with vmap, checked against a loop.
import torch
from torch.func import vmap

def f(s):
    return torch.stack([s[1], -torch.sin(s[0])])

def rk4_step(s, h=0.1):
    k1 = f(s)
    k2 = f(s + h / 2 * k1)
    k3 = f(s + h / 2 * k2)
    k4 = f(s + h * k3)
    return s + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)

states = torch.tensor([[0.1, 0.0], [1.0, 0.0], [2.0, 0.5]], dtype=torch.float64)
batched = vmap(rk4_step)(states)
looped = torch.stack([rk4_step(s) for s in states])
print(batched.round(decimals=6))
print(torch.allclose(batched, looped), batched.shape)
