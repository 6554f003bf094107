# one deterministic DDIM step (eta = 0) from t to t_prev
import torch

ac = torch.tensor([0.99, 0.9, 0.7, 0.4])
x_t = torch.tensor([0.5, -1.0])
eps = torch.tensor([0.1, -0.2])
t, t_prev = 3, 1
x0 = (x_t - (1 - ac[t]).sqrt() * eps) / ac[t].sqrt()
x_prev = ac[t_prev].sqrt() * x0 + (1 - ac[t_prev]).sqrt() * eps
print(x0)
print(x_prev)
