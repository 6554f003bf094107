import torch
import torch.nn as nn

try:
    nn.Conv1d(1, 1, 3, stride=2, padding="same")
except ValueError as e:
    print("ValueError:", e)
c = nn.Conv1d(1, 1, 4, padding="same", dilation=2, bias=False)
print(c(torch.ones(1, 1, 9)).shape)
circ = nn.Conv1d(1, 1, 3, padding=1, padding_mode="circular", bias=False)
with torch.no_grad():
    circ.weight.fill_(1.0)
print(circ(torch.arange(5.0).view(1, 1, 5)))
print(circ)
