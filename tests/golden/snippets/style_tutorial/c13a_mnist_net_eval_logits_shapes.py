# A functional MNIST-style net: conv -> relu -> conv -> relu -> max_pool2d -> flatten -> linear, eval on fake digits.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(27)
conv1 = nn.Conv2d(1, 32, 3)
conv2 = nn.Conv2d(32, 64, 3)
fc = nn.Linear(64 * 12 * 12, 10)
digits = torch.zeros(3, 1, 28, 28)
digits[0, 0, 4:24, 13:15] = 1.0
digits[1, 0, 6:8, 6:22] = 1.0
digits[2, 0, 6:22, 6:22] = torch.eye(16)
with torch.no_grad():
    h1 = F.relu(conv1(digits))
    h2 = F.relu(conv2(h1))
    p = F.max_pool2d(h2, 2)
    logits = fc(p.flatten(1))
print(h1.shape, h2.shape, p.shape, logits.shape)
print((h1 > 0).float().mean(dim=(1, 2, 3)))
print(logits.softmax(1).max(1).values.round(decimals=2))
print(logits.argmax(1))
print(conv1.weight.shape, conv2.weight.shape, conv2.bias.shape)
print(h2[0, 0, 0, :5])
