import torch
import torch.nn as nn

torch.manual_seed(61)
down = nn.Conv1d(1, 4, kernel_size=4, stride=2, padding=1)
up = nn.ConvTranspose1d(4, 1, kernel_size=4, stride=2, padding=1)
x = torch.randn(2, 1, 16)
z = down(x)
y = up(z)
print(z.shape, y.shape)
print(f"{nn.functional.mse_loss(y, x).item():.5f}")
print(nn.ConvTranspose1d(1, 1, 3, stride=2, output_padding=1)(torch.zeros(1, 1, 5)).shape)
