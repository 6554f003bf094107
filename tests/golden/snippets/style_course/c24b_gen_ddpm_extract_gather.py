# the 'extract' helper: gather schedule values by timestep, reshape to broadcast
import torch

def extract(a, t, x_shape):
    b = t.shape[0]
    out = a.gather(-1, t)
    return out.reshape(b, *((1,) * (len(x_shape) - 1)))

sqrt_ac = torch.tensor([0.99, 0.95, 0.9, 0.8, 0.6])
t = torch.tensor([0, 3, 4])
x_shape = (3, 1, 2, 2)
coef = extract(sqrt_ac, t, x_shape)
print(coef.shape)
print(coef.flatten())
print((coef * torch.ones(x_shape)).sum(dim=(1, 2, 3)))
try:
    sqrt_ac.gather(-1, torch.tensor([5]))
except RuntimeError as e:
    print("RuntimeError:", e)
