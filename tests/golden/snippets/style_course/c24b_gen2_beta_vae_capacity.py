# capacity-controlled beta-VAE objective: gamma * |KL - C|
import torch

kl = torch.tensor([3.2, 1.1, 5.0])
for C in (0.0, 2.0, 4.0):
    print(C, (10.0 * (kl - C).abs()).mean().item())
C_t = torch.linspace(0, 25, 6)
print(C_t)
print(torch.minimum(C_t, torch.tensor(10.0)))
