# Seeded Xavier and Kaiming initialisation: bounds and standard deviations.
import torch
import torch.nn as nn

torch.manual_seed(123)
lin = nn.Linear(256, 128)
nn.init.xavier_uniform_(lin.weight)
bound = (6 / (256 + 128)) ** 0.5
print(f'{bound:.4f}', lin.weight.abs().max() <= bound, f'{lin.weight.std():.4f}')
nn.init.kaiming_normal_(lin.weight, mode='fan_in', nonlinearity='relu')
print(f'{lin.weight.std():.4f}', f'{(2 / 256) ** 0.5:.4f}')
nn.init.zeros_(lin.bias)
print(lin.bias[:3])
nn.init.constant_(lin.bias, 0.1)
print(lin.bias.sum())
w = torch.empty(3, 5)
print(nn.init.uniform_(w, a=-0.1, b=0.1))
