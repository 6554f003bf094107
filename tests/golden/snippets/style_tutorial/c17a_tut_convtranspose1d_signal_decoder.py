# A 1-d convolutional autoencoder for short signals: Conv1d down, ConvTranspose1d up
import torch
from torch import nn

torch.manual_seed(3)
signal = torch.sin(torch.linspace(0, 6.28, 16)).repeat(4, 1, 1)
down = nn.Conv1d(1, 4, kernel_size=4, stride=2, padding=1)
up = nn.ConvTranspose1d(4, 1, kernel_size=4, stride=2, padding=1)
print(up)
code = torch.relu(down(signal))
out = up(code)
print(code.shape, out.shape)
print(up.weight.shape, up.bias.shape)
loss = nn.functional.mse_loss(out, signal)
loss.backward()
print(round(loss.item(), 4), up.weight.grad.shape)
