# indexing schedules with the wrong timestep dtype or range
import torch

alphas_cumprod = torch.linspace(0.99, 0.1, 10)
t = torch.tensor([3, 9])
print(alphas_cumprod[t])
try:
    alphas_cumprod[torch.tensor([10])]
except IndexError as e:
    print("IndexError:", e)
try:
    alphas_cumprod.gather(0, t.float())
except RuntimeError as e:
    print("RuntimeError:", e)
print(alphas_cumprod[t].view(-1, 1, 1, 1).shape)
